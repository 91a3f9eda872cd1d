//! Stage 0: bytes to text. Scraped pages arrive as UTF-8 (with or without a byte order mark),
//! UTF-16 with a byte order mark, or a legacy encoding (windows-1251, KOI8-R, windows-1252),
//! which `chardetng` guesses and `encoding_rs` decodes. An offset map leads from the decoded
//! text back to the caller's bytes, so spans stay byte offsets into what the caller passed.

use crate::error::{Error, ErrorKind, Position};
use crate::normalize::OffsetMap;
use std::borrow::Cow;

/// Decoded page text and its way back to the input bytes.
#[derive(Debug)]
pub(crate) struct Decoded<'a> {
    pub(crate) text: Cow<'a, str>,
    /// Maps decoded offsets to byte offsets in the input.
    pub(crate) map: ByteMap,
    /// The encoding's name, when it was not UTF-8.
    pub(crate) encoding: Option<&'static str>,
    /// The input ended inside a UTF-8 character; those bytes are left out.
    pub(crate) truncated_at: Option<usize>,
    /// Invalid byte sequences replaced by U+FFFD in text that is otherwise UTF-8.
    pub(crate) replaced: usize,
}

/// How decoded offsets relate to input byte offsets.
#[derive(Debug)]
pub(crate) enum ByteMap {
    /// The same offsets, shifted by a byte order mark's length.
    Shift(usize),
    /// Decoded from another encoding.
    Map(OffsetMap),
}

impl ByteMap {
    pub(crate) fn to_bytes(&self, n: usize) -> usize {
        match self {
            ByteMap::Shift(s) => n + s,
            ByteMap::Map(m) => m.to_raw(n),
        }
    }
}

/// Decode `bytes` (see the module docs). With `strict_utf8`, bytes that are not UTF-8 are an
/// error instead of being decoded from a guessed encoding, and so is UTF-16 (its byte order
/// mark is not UTF-8 from its first byte).
pub(crate) fn decode(bytes: &[u8], strict_utf8: bool) -> Result<Decoded<'_>, Error> {
    if bytes.is_empty() {
        return Err(Error::new(ErrorKind::Empty));
    }
    let bom = encoding_rs::Encoding::for_bom(bytes);
    if let Some((encoding, bom)) = bom
        && encoding != encoding_rs::UTF_8
    {
        if strict_utf8 {
            return Err(invalid(bytes, 0));
        }
        return Ok(legacy(bytes, bom, encoding));
    }
    // NUL bytes are only text in UTF-16
    if let Some(nul) = memchr::memchr(0, bytes) {
        return Err(Error::new(ErrorKind::Binary {
            position: Position::locate(bytes, nul),
        }));
    }
    if let Some((_, bom)) = bom {
        return utf8(&bytes[bom..], bom, strict_utf8, bytes);
    }
    utf8(bytes, 0, strict_utf8, bytes)
}

fn utf8<'a>(
    rest: &'a [u8],
    shift: usize,
    strict: bool,
    whole: &'a [u8],
) -> Result<Decoded<'a>, Error> {
    match std::str::from_utf8(rest) {
        Ok(s) => Ok(Decoded {
            text: Cow::Borrowed(s),
            map: ByteMap::Shift(shift),
            encoding: None,
            truncated_at: None,
            replaced: 0,
        }),
        Err(e) if e.error_len().is_none() && e.valid_up_to() > 0 && !strict => {
            // cut inside the last character: keep the whole characters
            let valid = &rest[..e.valid_up_to()];
            let s =
                std::str::from_utf8(valid).map_err(|_| invalid(whole, shift + e.valid_up_to()))?;
            Ok(Decoded {
                text: Cow::Borrowed(s),
                map: ByteMap::Shift(shift),
                encoding: None,
                truncated_at: Some(shift + e.valid_up_to()),
                replaced: 0,
            })
        }
        Err(e) if strict => Err(invalid(whole, shift + e.valid_up_to())),
        Err(_) if mostly_utf8(rest) => Ok(lossy_utf8(rest, shift)),
        // (a legacy page with a UTF-8 byte order mark stuck before it is read in its
        // encoding, the mark skipped: replacing each of its letters would lose the page)
        Err(_) => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(rest, true);
            let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
            Ok(legacy(whole, shift, encoding))
        }
    }
}

fn invalid(bytes: &[u8], offset: usize) -> Error {
    Error::new(ErrorKind::InvalidUtf8 {
        position: Position::locate(bytes, offset),
    })
}

/// Decode from `encoding`, skipping a byte order mark of `bom` bytes, keeping an offset map.
fn legacy<'a>(
    bytes: &'a [u8],
    bom: usize,
    encoding: &'static encoding_rs::Encoding,
) -> Decoded<'a> {
    let body = &bytes[bom..];
    let mut map = OffsetMap::default();
    let mut out = String::with_capacity(body.len() * 2);
    if bom > 0 {
        // offset 0 of the text is the first byte after the byte order mark
        map.push_checkpoint(0, bom);
    }
    if encoding.is_single_byte() {
        let (decoded, _) = encoding.decode_without_bom_handling(body);
        for (i, c) in decoded.chars().enumerate() {
            out.push(c);
            if c.len_utf8() != 1 || bom > 0 {
                map.push_checkpoint(out.len(), bom + i + 1);
            }
        }
    } else {
        let mut decoder = encoding.new_decoder_without_bom_handling();
        for i in 0..body.len() {
            let last = i + 1 == body.len();
            let need = decoder.max_utf8_buffer_length(1).unwrap_or(16);
            out.reserve(need);
            let before = out.len();
            let (_, _, _) = decoder.decode_to_string(&body[i..=i], &mut out, last);
            if out.len() != before {
                // one byte may complete more than one character (a U+FFFD for an unpaired
                // surrogate, then the character after it): a stateless decoder sees them all
                // at this byte, so all but the last end here and the last is empty
                let now = bom + i + 1;
                if let Some(c) = out[before..].chars().next_back()
                    && c.len_utf8() < out.len() - before
                {
                    map.push_checkpoint(out.len() - c.len_utf8(), now);
                }
                map.push_checkpoint(out.len(), now);
            }
        }
    }
    Decoded {
        text: Cow::Owned(out),
        map: ByteMap::Map(map),
        encoding: Some(encoding.name()),
        truncated_at: None,
        replaced: 0,
    }
}

/// A few stray bytes in a UTF-8 page (after a byte order mark of `shift` bytes): the page
/// stays UTF-8, each invalid sequence becomes one U+FFFD and spans it, as
/// `String::from_utf8_lossy` reads it.
fn lossy_utf8(bytes: &[u8], shift: usize) -> Decoded<'_> {
    let mut out = String::with_capacity(bytes.len() + 16);
    let mut map = OffsetMap::default();
    if shift > 0 {
        // offset 0 of the text is the first byte after the byte order mark
        map.push_checkpoint(0, shift);
    }
    let mut raw = shift;
    let mut replaced = 0;
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        raw += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            out.push('\u{FFFD}');
            raw += chunk.invalid().len();
            map.push_checkpoint(out.len(), raw);
            replaced += 1;
        }
    }
    Decoded {
        text: Cow::Owned(out),
        map: ByteMap::Map(map),
        encoding: Some(encoding_rs::UTF_8.name()),
        truncated_at: None,
        replaced,
    }
}

/// Whether bytes that are not valid UTF-8 are still UTF-8 text with a few stray bytes: many
/// valid multi-byte characters for each invalid sequence, or more valid characters of three
/// bytes or more (`’`, `—`, `…`) than invalid sequences. A legacy single-byte page almost never
/// forms valid UTF-8 sequences, and a three-byte one read as windows-1252 is mojibake (`â€™`);
/// on a tie (a legacy article in a UTF-8 template) the legacy reading keeps every byte
/// readable, where U+FFFD would not.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut valid_multibyte = 0usize;
    let mut valid_long = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars().filter(|c| !c.is_ascii()) {
            valid_multibyte += 1;
            valid_long += usize::from(c.len_utf8() >= 3);
        }
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    valid_multibyte >= 4 * invalid.max(1) || valid_long > invalid
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed() {
        let d = decode("Привет".as_bytes(), false).unwrap();
        assert!(matches!(d.text, Cow::Borrowed("Привет")));
        assert_eq!(d.map.to_bytes(2), 2);
    }

    #[test]
    fn bom_is_skipped_and_offsets_shift() {
        let d = decode(b"\xef\xbb\xbfABC", false).unwrap();
        assert_eq!(d.text, "ABC");
        assert_eq!(d.map.to_bytes(1), 4);
    }

    #[test]
    fn windows_1251_is_detected_and_mapped() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("В.Путин: Добрый день, коллеги. Начнём совещание по экономике.");
        let d = decode(&bytes, false).unwrap();
        assert_eq!(d.encoding, Some("windows-1251"));
        assert!(d.text.starts_with("В.Путин:"));
        let colon = d.text.find(':').unwrap();
        assert_eq!(d.map.to_bytes(colon), 7);
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "Q: Hi".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes, false).unwrap();
        assert_eq!(d.text, "Q: Hi");
        assert_eq!(d.map.to_bytes(3), 2 + 6);
    }

    #[test]
    fn cut_inside_a_character_keeps_the_whole_ones() {
        let bytes = "Да".as_bytes();
        let d = decode(&bytes[..3], false).unwrap();
        assert_eq!(d.text, "Д");
        assert_eq!(d.truncated_at, Some(2));
    }

    #[test]
    fn stray_bytes_after_a_utf8_byte_order_mark_are_replaced() {
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend_from_slice("Я сказал: «Да». Caf".as_bytes());
        bytes.extend_from_slice(b"\xe9 open\n");
        let d = decode(&bytes, false).unwrap();
        assert_eq!(d.text, "Я сказал: «Да». Caf\u{FFFD} open\n");
        assert_eq!(d.replaced, 1);
        // offsets lead back past the mark and the stray byte
        assert_eq!(d.map.to_bytes(0), 3);
        let at = "Я сказал: «Да». Caf\u{FFFD}".len();
        assert_eq!(d.map.to_bytes(at), 3 + "Я сказал: «Да». Caf".len() + 1);
        assert!(decode(&bytes, true).is_err());
    }

    #[test]
    fn a_legacy_page_after_a_utf8_byte_order_mark_is_read_in_its_encoding() {
        let (legacy, _, _) = encoding_rs::WINDOWS_1251
            .encode("В.Путин: Добрый день, коллеги. Начнём совещание по экономике.");
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend_from_slice(&legacy);
        let d = decode(&bytes, false).unwrap();
        assert_eq!(d.encoding, Some("windows-1251"));
        assert!(d.text.starts_with("В.Путин: Добрый день"), "{}", d.text);
        // offset 0 of the text is the byte after the mark
        assert_eq!(d.map.to_bytes(0), 3);
        assert_eq!(d.map.to_bytes(d.text.find(':').unwrap()), 3 + 7);
    }

    #[test]
    fn a_stray_byte_among_long_utf8_characters_stays_utf8() {
        let d = decode("It\u{2019}s a caf\u{e9}".as_bytes(), false).unwrap();
        assert_eq!(d.encoding, None);
        let mut bytes = "It\u{2019}s open \u{2014} come in.".as_bytes().to_vec();
        bytes.extend_from_slice(b" Caf\xe9.");
        let d = decode(&bytes, false).unwrap();
        assert_eq!(d.encoding, Some("UTF-8"));
        assert_eq!(d.text, "It\u{2019}s open \u{2014} come in. Caf\u{FFFD}.");
        // as many stray bytes as long characters: the legacy reading keeps every byte
        let mut bytes = "It\u{2019}s open.".as_bytes().to_vec();
        bytes.extend_from_slice(b" Caf\xe9.");
        let legacy = decode(&bytes, false).unwrap().encoding;
        assert!(legacy.is_some_and(|e| e != "UTF-8"), "{legacy:?}");
        // a page of many legacy accents is still read in its encoding
        let d = decode(
            b"Caf\xe9, th\xe9, cr\xe8me br\xfbl\xe9e et g\xe2teau.",
            false,
        )
        .unwrap();
        assert_eq!(d.encoding, Some("windows-1252"));
        assert_eq!(
            d.text,
            "Caf\u{e9}, th\u{e9}, cr\u{e8}me br\u{fb}l\u{e9}e et g\u{e2}teau."
        );
    }

    #[test]
    fn nul_bytes_are_binary() {
        let err = decode(b"ab\0cd", false).unwrap_err();
        assert_eq!(
            err.to_string(),
            "input is binary, not text: NUL byte at byte 2 (line 1, column 3)"
        );
    }

    #[test]
    fn strict_utf8_names_the_offset() {
        let err = decode(b"ab\n\xffcd", true).unwrap_err();
        assert_eq!(
            err.to_string(),
            "input is not valid UTF-8 at byte 3 (line 2, column 1)"
        );
        // UTF-16 is decoded from its byte order mark, but is not UTF-8
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("A: hi".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert!(decode(&utf16, false).is_ok());
        assert_eq!(
            decode(&utf16, true).unwrap_err().to_string(),
            "input is not valid UTF-8 at byte 0 (line 1, column 1)"
        );
    }
}
