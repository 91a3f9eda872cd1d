//! Parts of a document laid out as plain tuples, for assertions that compare a whole list.
#![allow(dead_code)]

use transcript_parser::Transcript;

/// Each speaker as `(name, role, labels)`.
pub fn speakers<'d>(
    doc: &'d Transcript<'_>,
) -> Vec<(Option<&'d str>, Option<&'d str>, Vec<&'d str>)> {
    doc.speakers
        .iter()
        .map(|s| {
            (
                s.name.as_deref(),
                s.role.as_deref(),
                s.labels.iter().map(String::as_str).collect(),
            )
        })
        .collect()
}
