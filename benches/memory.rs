//! Peak heap of parsing one page, against the page's size (target: at most 4x, input included).
//!
//! Heap use is counted by an instrumented system allocator (`peakmem-alloc`): the peak of the
//! bytes allocated while `parse` runs and its document is alive, plus the input itself (which
//! the caller holds and the document borrows from). Time is not measured here (see
//! `benches/parse.rs`); this is a plain program (`harness = false`) that prints one row per page.
//!
//! Pages come from the unlabelled bulk corpus (`TRANSCRIPT_BULK`, default `../shared/bulk`): for
//! each source family, its largest page and all its pages joined into one long page (the
//! stress case: hundreds of thousands of lines). When the folder is absent the project's own
//! `fixtures/` are used, joined, with a printed notice.
//!
//! Run: `cargo bench --bench memory`.

use peakmem_alloc::{INSTRUMENTED_SYSTEM, PeakMemAlloc, PeakMemAllocTrait};
use std::alloc::System;
use std::path::{Path, PathBuf};

#[global_allocator]
static GLOBAL: &PeakMemAlloc<System> = &INSTRUMENTED_SYSTEM;

/// The `.txt` files under `dir`, sorted.
fn pages_in(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// `(name, text)` of the pages to measure.
fn cases() -> Vec<(String, String)> {
    let bulk = std::env::var("TRANSCRIPT_BULK").unwrap_or_else(|_| "../shared/bulk".to_string());
    let mut families: Vec<PathBuf> = std::fs::read_dir(&bulk)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    families.sort();
    let mut out = Vec::new();
    for family in &families {
        let name = family.file_name().unwrap_or_default().to_string_lossy();
        let texts: Vec<String> = pages_in(family)
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        if let Some(largest) = texts.iter().max_by_key(|t| t.len()) {
            out.push((format!("{name} largest page"), largest.clone()));
        }
        out.push((format!("{name} joined"), texts.join("\n\n")));
    }
    if out.is_empty() {
        println!("notice: bulk corpus not found at {bulk}; measuring fixtures/ joined instead");
        let texts: Vec<String> = pages_in(Path::new("fixtures"))
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        out.push(("fixtures joined".to_string(), texts.join("\n\n")));
    }
    out
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument, if any, selects cases by name
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    println!(
        "{:<28} {:>10} {:>12} {:>8}  target 4x",
        "page", "bytes", "peak heap", "ratio"
    );
    let cases = cases();
    // a first parse of each page builds the lazily built tables (phrase searchers), which live
    // as long as the process: not any one page's memory
    for (_, text) in &cases {
        let _ = transcript_parser::parse(text);
    }
    let mut worst: f64 = 0.0;
    for (name, text) in cases {
        if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
            continue;
        }
        let (total, ratio, turns) = measure(&text);
        worst = worst.max(ratio);
        println!(
            "{name:<28} {:>10} {:>12} {ratio:>7.2}x  {} ({turns} turns)",
            text.len(),
            total,
            if ratio <= 4.0 { "met" } else { "MISSED" }
        );
    }
    println!("worst ratio: {worst:.2}x (peak heap while parsing, input included, / input)");
    every_page();
}

/// Parse `text` once: the peak heap while parsing with the input included (bytes), that peak
/// over the input's size, and the number of turns.
fn measure(text: &str) -> (usize, f64, usize) {
    GLOBAL.reset_peak_memory();
    let doc = transcript_parser::parse(text);
    let during = GLOBAL.get_peak_memory();
    let turns = doc.as_ref().map_or(0, |d| d.turns.len());
    drop(doc);
    let total = during + text.len();
    (total, total as f64 / text.len().max(1) as f64, turns)
}

/// The ratio over every bulk page, one by one: how many pages are over the target, and the
/// spread.
fn every_page() {
    let bulk = std::env::var("TRANSCRIPT_BULK").unwrap_or_else(|_| "../shared/bulk".to_string());
    // (ratio, turns, path, bytes)
    let mut ratios: Vec<(f64, usize, String, usize)> = Vec::new();
    for path in pages_in(Path::new(&bulk)) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let (_, ratio, turns) = measure(&text);
        ratios.push((ratio, turns, path.display().to_string(), text.len()));
    }
    if ratios.is_empty() {
        return;
    }
    if let Ok(out) = std::env::var("MEMORY_TSV") {
        let rows: String = ratios
            .iter()
            .map(|(ratio, turns, path, bytes)| format!("{ratio:.3}\t{bytes}\t{turns}\t{path}\n"))
            .collect();
        if let Err(e) = std::fs::write(&out, rows) {
            eprintln!("could not write {out}: {e}");
        }
    }
    ratios.sort_by(|a, b| a.0.total_cmp(&b.0));
    let at = |q: f64| ratios[((ratios.len() - 1) as f64 * q) as usize].0;
    let over: Vec<_> = ratios.iter().filter(|r| r.0 > 4.0).collect();
    println!(
        "every bulk page ({}): median {:.2}x, p90 {:.2}x, p99 {:.2}x, max {:.2}x; {} over 4x",
        ratios.len(),
        at(0.5),
        at(0.9),
        at(0.99),
        at(1.0),
        over.len()
    );
    let large: Vec<_> = ratios.iter().filter(|r| r.3 >= 64 * 1024).collect();
    println!(
        "pages of 64 KiB or more ({}): max {:.2}x; {} over 4x",
        large.len(),
        large.iter().map(|r| r.0).fold(0.0, f64::max),
        large.iter().filter(|r| r.0 > 4.0).count()
    );
    for (ratio, turns, path, _) in over.iter().rev().take(5) {
        println!("  {ratio:.2}x  {turns} turns  {path}");
    }
}
