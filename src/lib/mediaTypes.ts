/** The audio and caption files an episode may name, by extension, with the type feeds and pages announce. */
export const AUDIO_TYPES: Record<string, string> = { ".mp3": "audio/mpeg", ".m4a": "audio/x-m4a" };
export const TRANSCRIPT_TYPES: Record<string, string> = { ".vtt": "text/vtt", ".srt": "application/x-subrip" };
/** The picture files the clinic's logo and icon may be (drawn into share cards and icons too). */
export const PICTURE_TYPES: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
};
