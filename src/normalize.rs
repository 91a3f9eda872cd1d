//! Stage 1: normalization. A matching copy of the page with odd white space made plain, and a map
//! from offsets in that copy back to offsets in the caller's input.
//!
//! What changes (everything else is kept byte for byte):
//! - `\r\n` becomes `\n`; a lone `\r`, vertical tab, form feed, NEL (U+0085), U+2028 and
//!   U+2029 become `\n`;
//! - tabs, other control characters, NBSP (U+00A0), U+1680, NNBSP (U+202F), the U+2000–U+200A
//!   spaces, U+205F and U+3000 become one ASCII space (with the line breaks above, every
//!   character `char::is_whitespace` knows);
//! - zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and the soft hyphen (U+00AD) are removed;
//! - HTML character references left in page text (`&nbsp;`, `&amp;`, `&#8217;`, `&mdash;`) are
//!   decoded (by `html-escape`), and the result normalized as above.
//!
//! The copy is only for matching and for the cleaned text of fields; every span reported to the
//! caller is mapped back through [`OffsetMap`] to the caller's input.

use std::borrow::Cow;

/// Maps byte offsets in the normalized text back to byte offsets in the raw input.
///
/// Stored as checkpoints `(normalized, raw)` placed after each edit that changed the length;
/// between checkpoints the two texts advance in step. A page with an NBSP every few words has
/// a checkpoint every few words, so checkpoints are kept as `u32` pairs (8 bytes each) while
/// offsets fit, and widened only for inputs past 4 GiB.
#[derive(Debug, Clone)]
pub(crate) enum OffsetMap {
    /// Offsets below `u32::MAX`.
    Narrow(Vec<(u32, u32)>),
    /// Any offsets (an input of 4 GiB or more).
    Wide(Vec<(usize, usize)>),
}

impl Default for OffsetMap {
    fn default() -> Self {
        OffsetMap::Narrow(Vec::new())
    }
}

impl OffsetMap {
    /// The raw offset of normalized offset `n`.
    pub(crate) fn to_raw(&self, n: usize) -> usize {
        let (norm, raw) = match self {
            OffsetMap::Narrow(points) => {
                let Ok(key) = u32::try_from(n) else {
                    // past every narrow checkpoint: step from the last one
                    return points
                        .last()
                        .map_or(n, |&(norm, raw)| raw as usize + (n - norm as usize));
                };
                let idx = points.partition_point(|&(norm, _)| norm <= key);
                if idx == 0 {
                    return n;
                }
                let (norm, raw) = points[idx - 1];
                (norm as usize, raw as usize)
            }
            OffsetMap::Wide(points) => {
                let idx = points.partition_point(|&(norm, _)| norm <= n);
                if idx == 0 {
                    return n;
                }
                points[idx - 1]
            }
        };
        raw + (n - norm)
    }

    /// Whether normalization changed any length (if not, offsets are the same in both texts).
    pub(crate) fn changed(&self) -> bool {
        match self {
            OffsetMap::Narrow(points) => !points.is_empty(),
            OffsetMap::Wide(points) => !points.is_empty(),
        }
    }

    /// Record that normalized offset `norm` corresponds to raw offset `raw`, offsets growing.
    pub(crate) fn push_checkpoint(&mut self, norm: usize, raw: usize) {
        self.push(norm, raw);
    }

    #[inline]
    fn push(&mut self, norm: usize, raw: usize) {
        if let OffsetMap::Narrow(points) = self {
            match (u32::try_from(norm), u32::try_from(raw)) {
                (Ok(n), Ok(r)) => {
                    match points.last_mut() {
                        Some(last) if last.0 == n => last.1 = r,
                        _ => points.push((n, r)),
                    }
                    return;
                }
                _ => {
                    let wide = points
                        .iter()
                        .map(|&(n, r)| (n as usize, r as usize))
                        .collect();
                    *self = OffsetMap::Wide(wide);
                }
            }
        }
        if let OffsetMap::Wide(points) = self {
            match points.last_mut() {
                Some(last) if last.0 == norm => last.1 = raw,
                _ => points.push((norm, raw)),
            }
        }
    }

    /// Give back the spare capacity of the checkpoint list.
    pub(crate) fn shrink_to_fit(&mut self) {
        match self {
            OffsetMap::Narrow(points) => points.shrink_to_fit(),
            OffsetMap::Wide(points) => points.shrink_to_fit(),
        }
    }
}

/// The page text used for matching, and its way back to the input.
#[derive(Debug)]
pub(crate) struct Normalized<'a> {
    pub(crate) text: Cow<'a, str>,
    pub(crate) map: OffsetMap,
    /// Byte offset (raw) of the first mojibake sequence, if any.
    pub(crate) mojibake: Option<usize>,
}

/// Lead bytes that may start something to change.
const fn interesting() -> [bool; 256] {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b != b'\n' as usize;
        b += 1;
    }
    t[0x7f] = true;
    t[b'&' as usize] = true;
    t[0xc2] = true; // C1 controls, NBSP, SHY
    t[0xe1] = true; // U+1680 OGHAM SPACE MARK
    t[0xe2] = true; // U+2000..U+206F
    t[0xe3] = true; // U+3000
    t[0xef] = true; // U+FEFF
    t
}

static INTERESTING: [bool; 256] = interesting();

/// Whether the eight bytes `w` are ASCII and none is [`INTERESTING`]: no control other than
/// `\n`, no DEL, no `&`. Each test marks the high bit of the bytes it finds, exactly (with
/// no high bit set in any byte, adding to a byte cannot carry into the next); `\n` and `&` are
/// found by [`byte_marks`](crate::grammar::words::byte_marks).
fn plain_ascii(w: &[u8]) -> bool {
    use crate::grammar::words::byte_marks;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut b = [0u8; 8];
    b.copy_from_slice(w);
    let x = u64::from_le_bytes(b);
    if x & HIGH != 0 {
        return false;
    }
    // below 0x20: adding 0x60 leaves the high bit clear
    let control = !(x + 0x60 * ONES) & HIGH;
    // 0x7F: adding 1 sets the high bit
    let del = (x + ONES) & HIGH;
    (control & !byte_marks(x, b'\n')) | del | byte_marks(x, b'&') == 0
}

/// What to do with the character(s) at a position.
enum Edit {
    Keep,
    /// Replace `len` bytes with this text.
    Replace(usize, Cow<'static, str>),
}

fn edit_for_char(c: char, len: usize) -> Edit {
    match c {
        '\n' => Edit::Keep,
        '\t' | '\u{7f}' => Edit::Replace(len, Cow::Borrowed(" ")),
        // line and page breaks: CR, vertical tab, form feed (page breaks of court records)
        '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' => Edit::Replace(len, Cow::Borrowed("\n")),
        c if (c as u32) < 0x20 => Edit::Replace(len, Cow::Borrowed(" ")),
        '\u{80}'..='\u{84}' | '\u{86}'..='\u{9f}' => Edit::Replace(len, Cow::Borrowed(" ")),
        '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
            Edit::Replace(len, Cow::Borrowed(" "))
        }
        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => {
            Edit::Replace(len, Cow::Borrowed(""))
        }
        '\u{2028}' | '\u{2029}' => Edit::Replace(len, Cow::Borrowed("\n")),
        _ => Edit::Keep,
    }
}

/// An HTML character reference at the start of `s` (`&amp;`, `&#8217;`, `&#x2019;`): its length
/// and decoded text, normalized.
fn entity(s: &str) -> Option<(usize, Cow<'static, str>)> {
    let bytes = s.as_bytes();
    let limit = bytes.len().min(12);
    let semi = bytes[1..limit].iter().position(|&b| b == b';')? + 1;
    let body = &bytes[1..semi];
    let valid = !body.is_empty()
        && if body[0] == b'#' {
            body.len() > 1 && body[1..].iter().all(|b| b.is_ascii_alphanumeric())
        } else {
            body.iter().all(|b| b.is_ascii_alphanumeric())
        };
    if !valid {
        return None;
    }
    let reference = &s[..=semi];
    let decoded = html_escape::decode_html_entities(reference);
    if decoded == reference {
        return None;
    }
    let mut out = String::with_capacity(decoded.len());
    for c in decoded.chars() {
        match edit_for_char(c, c.len_utf8()) {
            Edit::Keep => out.push(c),
            Edit::Replace(_, r) => out.push_str(&r),
        }
    }
    Some((semi + 1, Cow::Owned(out)))
}

/// Normalize `raw` (see the module docs).
pub(crate) fn normalize(raw: &str) -> Normalized<'_> {
    let (text, map) = rewrite::<true>(raw);
    let bytes = raw.as_bytes();
    let mojibake = memchr::memmem::find(bytes, "â€".as_bytes())
        .or_else(|| memchr::memmem::find(bytes, "Ã©".as_bytes()));
    Normalized {
        text,
        map,
        mojibake,
    }
}

/// The normalized text of `raw` alone, with no offset map (for text whose offsets are already
/// known).
pub(crate) fn clean(raw: &str) -> Cow<'_, str> {
    rewrite::<false>(raw).0
}

/// The normalized text of `raw` and, when `MAP`, its offset map.
fn rewrite<const MAP: bool>(raw: &str) -> (Cow<'_, str>, OffsetMap) {
    let bytes = raw.as_bytes();
    let mut out: Option<String> = None;
    let mut map = OffsetMap::default();
    let mut copied = 0; // raw bytes before this are already in `out`
    let mut i = 0;
    while i < bytes.len() {
        // eight plain ASCII bytes at a time; else the next interesting byte among them
        if let Some(w) = bytes.get(i..i + 8)
            && plain_ascii(w)
        {
            i += 8;
            continue;
        }
        let stop = bytes.len().min(i + 8);
        while i < stop && !INTERESTING[usize::from(bytes[i])] {
            i += 1;
        }
        if i == stop {
            continue;
        }
        let b = bytes[i];
        let edit = if b == b'&' {
            match entity(&raw[i..]) {
                Some((len, text)) => Edit::Replace(len, text),
                None => Edit::Keep,
            }
        } else if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            Edit::Replace(1, Cow::Borrowed(""))
        } else {
            // `i` is on a char boundary: interesting bytes are ASCII or lead bytes.
            match raw[i..].chars().next() {
                Some(c) => edit_for_char(c, c.len_utf8()),
                None => Edit::Keep,
            }
        };
        match edit {
            Edit::Keep => {
                i += if b < 0x80 {
                    1
                } else {
                    raw[i..].chars().next().map_or(1, char::len_utf8)
                };
            }
            Edit::Replace(len, text) => {
                let buf = out.get_or_insert_with(|| String::with_capacity(raw.len()));
                buf.push_str(&raw[copied..i]);
                buf.push_str(&text);
                copied = i + len;
                if MAP && text.len() != len {
                    map.push(buf.len(), copied);
                }
                i += len;
            }
        }
    }
    let text = match out {
        Some(mut buf) => {
            buf.push_str(&raw[copied..]);
            Cow::Owned(buf)
        }
        None => Cow::Borrowed(raw),
    };
    map.shrink_to_fit();
    (text, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_plain_bytes_are_exactly_those_with_nothing_interesting() {
        for b in 0..=255u8 {
            for at in 0..8 {
                for fill in [b'a', b' ', b'\n', b'~'] {
                    let mut w = [fill; 8];
                    w[at] = b;
                    assert_eq!(
                        plain_ascii(&w),
                        b < 0x80 && !INTERESTING[usize::from(b)],
                        "byte {b:#x} at {at} among {fill:#x}"
                    );
                }
            }
        }
    }

    fn check_roundtrip(raw: &str) -> Normalized<'_> {
        let n = normalize(raw);
        assert_eq!(n.map.to_raw(0), 0);
        assert_eq!(n.map.to_raw(n.text.len()), raw.len());
        n
    }

    #[test]
    fn page_and_line_breaks_become_newlines() {
        let n = check_roundtrip("a\u{0c}b\u{0b}c\u{85}d");
        assert_eq!(n.text, "a\nb\nc\nd");
        assert_eq!(n.map.to_raw(6), 7); // `d` after the two-byte NEL
    }

    #[test]
    fn plain_text_is_borrowed() {
        let n = check_roundtrip("ANNA LEE: Hello.\nBye.");
        assert!(matches!(n.text, Cow::Borrowed(_)));
        assert_eq!(n.map.to_raw(5), 5);
    }

    #[test]
    fn nbsp_becomes_space_and_offsets_map_back() {
        let raw = "PUTIN:\u{a0}Mr Ivanov.";
        let n = check_roundtrip(raw);
        assert_eq!(n.text, "PUTIN: Mr Ivanov.");
        let m = n.text.find("Mr").unwrap();
        assert_eq!(&raw[n.map.to_raw(m)..], "Mr Ivanov.");
        // the space itself maps to the NBSP's first byte
        assert_eq!(n.map.to_raw(6), 6);
    }

    #[test]
    fn crlf_and_lone_cr_become_newlines() {
        let raw = "a\r\nb\rc";
        let n = check_roundtrip(raw);
        assert_eq!(n.text, "a\nb\nc");
        assert_eq!(n.map.to_raw(2), 3); // 'b'
        assert_eq!(n.map.to_raw(4), 5); // 'c'
    }

    #[test]
    fn zero_width_and_soft_hyphen_are_removed() {
        let raw = "Pu\u{ad}tin\u{200b}: hi";
        let n = check_roundtrip(raw);
        assert_eq!(n.text, "Putin: hi");
        let colon = n.text.find(':').unwrap();
        assert_eq!(&raw[n.map.to_raw(colon)..], ": hi");
    }

    #[test]
    fn entities_are_decoded() {
        let raw = "Q&amp;A&nbsp;&mdash; VALBY &#8217;x &bogus; AT&T";
        let n = check_roundtrip(raw);
        assert_eq!(n.text, "Q&A — VALBY ’x &bogus; AT&T");
        let v = n.text.find("VALBY").unwrap();
        assert_eq!(&raw[n.map.to_raw(v)..n.map.to_raw(v + 5)], "VALBY");
    }

    #[test]
    fn tabs_and_controls_become_spaces() {
        let n = check_roundtrip("Q\tDid\u{1}you?");
        assert_eq!(n.text, "Q Did you?");
    }

    #[test]
    fn offsets_past_four_gib_widen_the_map() {
        let mut map = OffsetMap::default();
        map.push(10, 12);
        assert!(matches!(map, OffsetMap::Narrow(_)));
        let big = u32::MAX as usize + 10;
        map.push(big, big + 5);
        assert!(matches!(map, OffsetMap::Wide(_)));
        assert_eq!(map.to_raw(5), 5);
        assert_eq!(map.to_raw(11), 13);
        assert_eq!(map.to_raw(big + 1), big + 6);
        assert_eq!(map.to_raw(big - 1), big + 1);
    }

    #[test]
    fn a_narrow_map_steps_from_its_last_checkpoint_past_four_gib() {
        let mut map = OffsetMap::default();
        map.push(10, 12);
        let big = u32::MAX as usize + 3;
        assert_eq!(map.to_raw(big), big + 2);
    }

    #[test]
    fn mojibake_is_noticed() {
        assert_eq!(normalize("Putinâ€™s").mojibake, Some(5));
        assert_eq!(normalize("Putin’s").mojibake, None);
    }
}
