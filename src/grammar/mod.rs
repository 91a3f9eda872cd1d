//! Stage 3 grammars: one nom parser per kind of line, each documenting its shape with real
//! examples. These are crate-private; no nom type reaches the public API.
//!
//! Every grammar works on normalized text (see [`crate::normalize`]): spaces are ASCII, line ends
//! are `\n`, zero-width characters are gone.

pub(crate) mod boilerplate;
pub(crate) mod byline;
pub(crate) mod date;
pub(crate) mod dateline;
pub(crate) mod label;
pub(crate) mod running_head;
pub(crate) mod stage;
pub(crate) mod words;

/// The parser result used by the grammars: nom's default error, never exposed.
pub(crate) type PResult<'a, T> = nom::IResult<&'a str, T>;
