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
    iter(text).collect()
}

/// The lines of [`split`], one by one: classification walks them without holding a table of
/// a long page's lines.
pub(crate) fn iter(text: &str) -> Lines<'_> {
    Lines {
        bytes: text.as_bytes(),
        start: 0,
    }
}

/// Iterator of [`iter`].
#[derive(Debug, Clone)]
pub(crate) struct Lines<'t> {
    bytes: &'t [u8],
    /// Where the next line starts.
    start: usize,
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.start >= self.bytes.len() {
            return None;
        }
        let end = memchr::memchr(b'\n', &self.bytes[self.start..])
            .map_or(self.bytes.len(), |at| self.start + at);
        let line = trimmed(self.bytes, self.start, end);
        self.start = end + 1;
        Some(line)
    }
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
    fn the_iterator_gives_the_same_lines_as_the_split() {
        for text in ["a\n\n  b  \n", "\n", "x", "a\n\n", "  \n c"] {
            assert_eq!(iter(text).collect::<Vec<_>>(), split(text), "{text:?}");
        }
        let lines = split("a\n\n");
        assert_eq!(lines.len(), 2);
        assert_eq!((lines[1].start, lines[1].content_end), (2, 2));
    }

    #[test]
    fn trailing_newline_adds_no_line() {
        assert_eq!(split("a\n").len(), 1);
        assert!(split("").is_empty());
    }
}
