//! Stage 2: lines. One `memchr` pass over the normalized text yields each line's byte range and
//! the range of its content with the surrounding spaces trimmed.

/// One physical line of the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    /// First byte of the line.
    pub(crate) start: usize,
    /// First byte of the content (after leading spaces).
    pub(crate) content_start: usize,
    /// One past the last byte of the content (before trailing spaces and the newline).
    pub(crate) content_end: usize,
}

impl Line {
    /// Whether the line holds only spaces.
    pub(crate) fn is_blank(&self) -> bool {
        self.content_start >= self.content_end
    }

    /// Number of spaces before the content.
    pub(crate) fn indent(&self) -> usize {
        self.content_start - self.start
    }
}

/// Split normalized `text` (newlines only `\n`, spaces only ASCII) into lines.
///
/// A final line without a newline is kept; an empty input gives no lines.
pub(crate) fn split(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 48 + 1);
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', bytes) {
        lines.push(trimmed(bytes, start, nl));
        start = nl + 1;
    }
    if start < bytes.len() {
        lines.push(trimmed(bytes, start, bytes.len()));
    }
    lines
}

fn trimmed(bytes: &[u8], start: usize, end: usize) -> Line {
    let mut s = start;
    while s < end && bytes[s] == b' ' {
        s += 1;
    }
    let mut e = end;
    while e > s && bytes[e - 1] == b' ' {
        e -= 1;
    }
    Line {
        start,
        content_start: s,
        content_end: e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_trims() {
        let text = "  Q  \n\nMS. PSAKI: Hi.  \nlast";
        let lines = split(text);
        assert_eq!(lines.len(), 4);
        assert_eq!(&text[lines[0].content_start..lines[0].content_end], "Q");
        assert_eq!(lines[0].indent(), 2);
        assert!(lines[1].is_blank());
        assert_eq!(
            &text[lines[2].content_start..lines[2].content_end],
            "MS. PSAKI: Hi."
        );
        assert_eq!(&text[lines[3].content_start..lines[3].content_end], "last");
    }

    #[test]
    fn trailing_newline_adds_no_line() {
        assert_eq!(split("a\n").len(), 1);
        assert!(split("").is_empty());
    }
}
