//! The real corpus: every page parses into a document that keeps the crate's invariants, and the
//! seed page's fields are exactly those hand-labelled in its gold file.
//!
//! The corpus is not part of the project: it is read from `TRANSCRIPT_CORPUS` (default
//! `../shared/corpus`, beside the project root) and the unlabelled bulk pages from
//! `TRANSCRIPT_BULK` (default `../shared/bulk`). When a folder is absent the tests that need it
//! print a notice and pass.

mod common;

use std::path::{Path, PathBuf};
use transcript_parser::{DateKind, parse, parse_bytes};

fn folder(var: &str, default: &str) -> Option<PathBuf> {
    let path = std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(default));
    if path.is_dir() {
        Some(path)
    } else {
        println!(
            "notice: {} not found (set {var}); skipping the tests that need it",
            path.display()
        );
        None
    }
}

fn pages(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("readable folder")
        .map(|e| e.expect("readable entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            pages(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

/// Parse every page under `dir` as bytes and check the invariants; returns the page count.
fn check_folder(dir: &Path) -> usize {
    let mut files = Vec::new();
    pages(dir, &mut files);
    let mut failures = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).expect("readable page");
        match parse_bytes(&bytes) {
            Ok(doc) => {
                if let Err(e) = common::invariants::check_bytes(&bytes, &doc) {
                    failures.push(format!("{}: {e}", file.display()));
                }
            }
            Err(e) => failures.push(format!("{}: error: {e}", file.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} pages fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
    println!("checked {} pages under {}", files.len(), dir.display());
    files.len()
}

#[test]
fn every_corpus_page_keeps_the_invariants() {
    let Some(dir) = folder("TRANSCRIPT_CORPUS", "../shared/corpus") else {
        return;
    };
    let n = check_folder(&dir);
    assert!(n >= 50, "expected the 54 corpus pages, found {n}");
}

#[test]
fn every_bulk_page_keeps_the_invariants() {
    let Some(dir) = folder("TRANSCRIPT_BULK", "../shared/bulk") else {
        return;
    };
    let n = check_folder(&dir);
    assert!(n >= 1000, "expected the 1,304 bulk pages, found {n}");
}

#[test]
fn seed_page_fields_are_exact() {
    let Some(dir) = folder("TRANSCRIPT_CORPUS", "../shared/corpus") else {
        return;
    };
    let path = dir.join("kremlin-aggregator-seed-drugs-control-2014-01-21.txt");
    let text = std::fs::read_to_string(&path).expect("the seed page");
    let doc = parse(&text).expect("the seed parses");
    common::invariants::check_str(&text, &doc).expect("invariants");

    let field = |f: &Option<transcript_parser::Field<'_>>| f.as_ref().map(|f| f.text.to_string());
    assert_eq!(
        field(&doc.title).as_deref(),
        Some("Meeting With Director Of Federal Drugs Control Service Viktor Ivanov")
    );
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2014-01-21")
    );
    assert_eq!(
        field(&doc.attribution).as_deref(),
        Some("Presidential Press and Information Office")
    );
    assert_eq!(field(&doc.location).as_deref(), Some("Moscow, Russia"));
    assert!(
        field(&doc.summary)
            .unwrap_or_default()
            .starts_with("Vladimir Putin discussed with Mr Ivanov the Service")
    );

    // the `Posted` stamp is a date of its own kind, with its time
    let posted: Vec<_> = doc
        .dates
        .iter()
        .filter(|d| d.kind == DateKind::Posted)
        .collect();
    assert_eq!(posted.len(), 1);
    assert_eq!(posted[0].date.to_string(), "2014-01-21");
    assert_eq!(
        posted[0].time.map(|t| t.to_string()).as_deref(),
        Some("07:53:00")
    );

    let speakers = common::rows::speakers(&doc);
    assert_eq!(
        speakers,
        vec![
            (
                Some("Vladimir Putin"),
                Some("President of Russia"),
                vec!["PRESIDENT OF RUSSIA VLADIMIR PUTIN", "VLADIMIR PUTIN"]
            ),
            (
                Some("Viktor Ivanov"),
                Some("Director of the Federal Drugs Control Service"),
                vec![
                    "DIRECTOR OF THE FEDERAL DRUGS CONTROL SERVICE VIKTOR IVANOV",
                    "VIKTOR IVANOV"
                ]
            ),
        ]
    );

    let starts = [
        ("s1", "Mr Ivanov, please tell me about the year"),
        ("s2", "Mr President, we carried out a large number"),
        ("s1", "You need to continue your cooperation"),
        ("s2", "You gave the instruction in November 2012"),
        ("s1", "Get this work completed as soon as possible."),
    ];
    assert_eq!(doc.turns.len(), starts.len());
    for (turn, (speaker, start)) in doc.turns.iter().zip(starts) {
        assert_eq!(turn.speaker.as_deref(), Some(speaker));
        assert!(turn.text().starts_with(start), "{:?}", turn.text());
    }

    let boilerplate: Vec<&str> = doc.boilerplate.iter().map(|b| b.text.as_ref()).collect();
    assert_eq!(
        boilerplate,
        vec![
            "Home / Russia / Government Register for Membership",
            "Discover the World Of Judaica",
            "Vladimir Putin With Director Of The Federal Drugs Control Service Viktor Ivanov",
            "Vladimir Putin With Director Of The Federal Drugs Control Service Viktor Ivanov",
            "Enter your email:",
            "Enter Subject:",
            "Enter your message:",
            "Please enter this numbers in the fields:",
            "Click image to get a new code.",
            "Enter code:",
            "Posted 2014-01-21 07:53:00",
        ]
    );
}
