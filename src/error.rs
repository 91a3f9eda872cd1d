//! Errors for input that cannot be a document, and warnings for oddities that do not stop a parse.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why an input could not be parsed into a document.
///
/// Positions are given both as a byte offset (from 0) into the input the caller passed and, where
/// they apply, as a line (from 1) and a column (from 1, counted in characters of that line).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct Error {
    kind: ErrorKind,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Error { kind }
    }

    /// What went wrong.
    ///
    /// ```
    /// use transcript_parser::{parse, ErrorKind};
    /// let err = parse("").unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::Empty);
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The byte offset into the caller's input where the fault lies, when one applies.
    ///
    /// ```
    /// let err = transcript_parser::parse_bytes(b"ok\n\x00").unwrap_err();
    /// assert_eq!(err.offset(), Some(3));
    /// assert_eq!(err.to_string(), "input is binary, not text: NUL byte at byte 3 (line 2, column 1)");
    /// ```
    pub fn offset(&self) -> Option<usize> {
        match &self.kind {
            ErrorKind::InvalidUtf8 { position } | ErrorKind::Binary { position } => {
                Some(position.offset)
            }
            _ => None,
        }
    }
}

/// A place in the input: byte offset from 0, line and column from 1.
///
/// The column counts characters (Unicode scalar values) from the start of the line; a run of
/// bytes that are not valid UTF-8 counts as one character, as the one U+FFFD that lossy
/// decoding puts in its place (so the first invalid byte of a line is at the column after the
/// valid characters before it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Position {
    /// Byte offset from the start of the input, from 0.
    pub offset: usize,
    /// Line number, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `bytes`; lines end at `\n`, `\r\n` or a lone `\r`.
    pub(crate) fn locate(bytes: &[u8], offset: usize) -> Position {
        let before = &bytes[..offset.min(bytes.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n' || b == b'\r')
            .map_or(0, |i| i + 1);
        let line = 1
            + memchr::memchr_iter(b'\n', before).count()
            + before
                .iter()
                .enumerate()
                .filter(|&(i, &b)| b == b'\r' && before.get(i + 1) != Some(&b'\n'))
                .count();
        let prefix = &before[line_start..];
        let column = 1 + prefix
            .utf8_chunks()
            .map(|c| c.valid().chars().count() + usize::from(!c.invalid().is_empty()))
            .sum::<usize>();
        Position {
            offset,
            line,
            column,
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "byte {} (line {}, column {})",
            self.offset, self.line, self.column
        )
    }
}

/// The kinds of input that cannot be a document.
///
/// Each message is one lowercase line without a final period, naming what was wrong and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input has no bytes at all.
    #[error("input is empty")]
    Empty,
    /// The input holds only white space, no-break spaces, zero-width characters or blank lines.
    #[error("input has no text: {}", if *bytes == 1 {
        "its 1 byte is white space or an invisible character".to_string()
    } else {
        format!("its {bytes} bytes are all white space or invisible characters")
    })]
    Blank {
        /// Length of the input in bytes.
        bytes: usize,
    },
    /// The input is larger than [`ParseOptions::max_input_bytes`](crate::ParseOptions).
    #[error("input is {bytes} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Length of the input in bytes; or, for input within the limit that the parser had
        /// to make into a longer text (decoded from another encoding, or with HTML character
        /// references expanded) past [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES), that text's
        /// length.
        bytes: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The bytes are not valid UTF-8 (only from [`parse_bytes_with`](crate::parse_bytes_with)
    /// with [`ParseOptions::strict_utf8`](crate::ParseOptions::strict_utf8) set).
    #[error("input is not valid UTF-8 at {position}")]
    InvalidUtf8 {
        /// Where the first invalid byte sits.
        position: Position,
    },
    /// The input holds NUL bytes: it is binary data, not page text.
    #[error("input is binary, not text: NUL byte at {position}")]
    Binary {
        /// Where the first NUL byte sits.
        position: Position,
    },
}

/// Something odd about the input that did not stop the parse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// What kind of oddity this is.
    pub kind: WarningKind,
    /// A one-line description in lowercase.
    pub message: String,
    /// Byte range in the caller's input this warning is about, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<crate::Span>,
}

/// The kinds of [`Warning`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WarningKind {
    /// Text that looks like UTF-8 decoded as windows-1252 (`Putinâ€™s`).
    Mojibake,
    /// The bytes were decoded from an encoding other than UTF-8.
    Decoded,
    /// The page seems cut short (no final punctuation, ends mid-word).
    Truncated,
    /// Front matter was present but could not be read as YAML.
    FrontMatter,
    /// A speaker label that fits more than one earlier speaker was left unresolved.
    AmbiguousLabel,
}
