/**
 * The form of an advocate code: the opaque code that attributes a share to a person without
 * naming them (src/share/advocate-code.ts makes and reads them). The analytics files' schemas
 * and the browser scripts hold codes to this one pattern; the file imports nothing, zod
 * included, so that the scripts stay small.
 */
export const ADVOCATE_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{2,31}$/;
