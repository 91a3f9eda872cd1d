//! Options that change how a page is parsed.

/// How to read numeric dates such as `04/05/2016` where day and month could swap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum DateOrder {
    /// Decide per page: an unambiguous date elsewhere on the page (`2016-05-04`, or a date whose
    /// first number exceeds 12) settles the order; failing that, slash dates are month first when
    /// the page writes its other dates month first (`March 6, 2008`) and day first otherwise;
    /// dotted dates (`21.01.2014`) are always day first, as in Russian and European usage.
    #[default]
    Auto,
    /// `DD/MM/YYYY`.
    DayFirst,
    /// `MM/DD/YYYY`.
    MonthFirst,
}

/// Settings for [`parse_with`](crate::parse_with) and [`parse_bytes_with`](crate::parse_bytes_with).
///
/// Build one from `ParseOptions::default()` and the `with_*` methods:
///
/// ```
/// use transcript_parser::{parse_with, ParseOptions};
/// let options = ParseOptions::default().with_boilerplate_phrase("Support our newsroom");
/// let doc = parse_with("Support our newsroom today\nANNA LEE: Hello.\n", &options).unwrap();
/// assert_eq!(doc.boilerplate[0].text, "Support our newsroom today");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Inputs longer than this many bytes are refused with
    /// [`ErrorKind::TooLarge`](crate::ErrorKind::TooLarge). Default: 64 MiB (67,108,864 bytes),
    /// about 300 times the longest real transcript page we have seen. A limit over
    /// [`MAX_INPUT_BYTES`] (4 GiB − 1) acts as that.
    pub max_input_bytes: usize,
    /// Extra phrases that mark a line as boilerplate wherever they occur (compared without regard
    /// to case or white space, at the start of a line).
    pub boilerplate_phrases: Vec<String>,
    /// How to read ambiguous numeric dates.
    pub date_order: DateOrder,
    /// For byte input: refuse bytes that are not UTF-8 with
    /// [`ErrorKind::InvalidUtf8`](crate::ErrorKind::InvalidUtf8) instead of guessing a legacy
    /// encoding or decoding UTF-16 from its byte order mark. Default: `false`.
    pub strict_utf8: bool,
}

/// The default input size limit: 64 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// The largest text the parser takes, in bytes: 4 GiB − 1 (4,294,967,295). Its tables between
/// stages hold 32-bit byte offsets (a long page has hundreds of thousands of lines, and each
/// line's record is a third smaller so). A [`ParseOptions::max_input_bytes`] above it acts as
/// it, and a text over it is refused with [`ErrorKind::TooLarge`](crate::ErrorKind::TooLarge),
/// including a text that grows past it once decoded or normalized (`&nGt;` is 5 bytes and
/// decodes to 6).
///
/// ```
/// assert_eq!(transcript_parser::MAX_INPUT_BYTES, u32::MAX as usize);
/// ```
pub const MAX_INPUT_BYTES: usize = u32::MAX as usize;

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            boilerplate_phrases: Vec::new(),
            date_order: DateOrder::Auto,
            strict_utf8: false,
        }
    }
}

impl ParseOptions {
    /// Set the input size limit in bytes.
    ///
    /// ```
    /// use transcript_parser::{parse_with, ErrorKind, ParseOptions};
    /// let err = parse_with("A: hello", &ParseOptions::default().with_max_input_bytes(4)).unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::TooLarge { bytes: 8, limit: 4 }));
    /// ```
    pub fn with_max_input_bytes(mut self, limit: usize) -> Self {
        self.max_input_bytes = limit;
        self
    }

    /// Add a phrase that marks a line starting with it as boilerplate (kind `other`).
    ///
    /// ```
    /// use transcript_parser::ParseOptions;
    /// let options = ParseOptions::default().with_boilerplate_phrase("Listen on Spotify");
    /// assert_eq!(options.boilerplate_phrases, vec!["Listen on Spotify".to_string()]);
    /// ```
    pub fn with_boilerplate_phrase(mut self, phrase: impl Into<String>) -> Self {
        self.boilerplate_phrases.push(phrase.into());
        self
    }

    /// Set how ambiguous numeric dates are read.
    ///
    /// ```
    /// use transcript_parser::{parse_with, DateOrder, ParseOptions};
    /// let options = ParseOptions::default().with_date_order(DateOrder::MonthFirst);
    /// let doc = parse_with("Talks on trade\nPublished: 04/05/2016\nANNA LEE: Hello.\n", &options).unwrap();
    /// assert_eq!(doc.date.unwrap().to_string(), "2016-04-05");
    /// ```
    pub fn with_date_order(mut self, order: DateOrder) -> Self {
        self.date_order = order;
        self
    }

    /// Refuse byte input that is not UTF-8 instead of detecting its encoding.
    ///
    /// ```
    /// use transcript_parser::{parse_bytes_with, ParseOptions};
    /// let err = parse_bytes_with(b"caf\xe9 au lait", &ParseOptions::default().with_strict_utf8(true)).unwrap_err();
    /// assert_eq!(err.to_string(), "input is not valid UTF-8 at byte 3 (line 1, column 4)");
    /// ```
    pub fn with_strict_utf8(mut self, strict: bool) -> Self {
        self.strict_utf8 = strict;
        self
    }
}
