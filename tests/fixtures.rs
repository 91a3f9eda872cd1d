//! Snapshot of the parse of every page in `fixtures/` (pages written for this project, each
//! imitating one real layout; see `fixtures/README.md`), as YAML with insta.
//!
//! Each snapshot was reviewed by eye before it was accepted. After a change to the parser, run
//! `cargo insta test --review` (or `INSTA_UPDATE=always cargo test --test fixtures` and read the
//! diff) and accept only the changes that are right.

mod common;

use transcript_parser::parse;

#[test]
fn every_fixture_matches_its_snapshot() {
    insta::glob!("../fixtures", "*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8 text");
        let doc = parse(&text).expect("a fixture parses");
        if let Err(e) = common::invariants::check_str(&text, &doc) {
            panic!("{}: {e}", path.display());
        }
        insta::assert_yaml_snapshot!(doc);
    });
}
