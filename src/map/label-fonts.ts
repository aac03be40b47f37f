/**
 * The map's glyph stacks. The built-in labels use stacks that hold only the characters their
 * texts use (the build subsets them: src/build/glyphs.ts), about a quarter of the bytes; a name a
 * teacher types (an imported or drawn route's) uses the full Latin-1 stacks, loaded only then.
 */
export const LABEL_FONTS = { regular: "noto-sans-regular-labels", bold: "noto-sans-bold-labels" } as const;
export const FULL_FONTS = { regular: "noto-sans-regular", bold: "noto-sans-bold" } as const;
