//! Throughput of the parser against a bare line walk, stage by stage.
//!
//! Pages come from the unlabelled bulk corpus (`TRANSCRIPT_BULK`, default `../shared/bulk`),
//! loaded at run time. By default every fourth page (sorted by path, so every source family is
//! in) is used to keep a run short; `TRANSCRIPT_BENCH_ALL=1` uses every page. When the folder
//! is absent the project's own `fixtures/` are used and a notice is printed.
//!
//! Groups (all `Throughput::Bytes` of the input):
//! - `pipeline`: `baseline_lines` (`str::lines()` + `trim()`, the reference), each stage on
//!   the previous stage's output (`normalize`, `lines`, `classify`, `assemble`, `speakers`),
//!   and the whole `parse`;
//! - `json`: `serde_json::to_string` of the parsed documents, apart from parsing;
//! - `scaling`: one page repeated 1x, 4x and 16x, whole `parse`;
//! - `adversarial`: 256 KiB inputs of one repeated pattern that once cost far more than real
//!   pages per byte (`A: ` on one line took 12 µs a label before the label search stopped at
//!   the previous label's colon; thousands of speakers of one surname were each compared with
//!   every namesake before them; a line of `x. AB- ` looked back at every dash), whole
//!   `parse`.
//!
//! Run: `cargo bench --bench parse`; the ratio to report is `parse` / `baseline_lines`.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;
use transcript_parser::stages::Stages;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

/// The pages to measure, as UTF-8 strings (pages that are not UTF-8 are skipped).
fn pages() -> Vec<String> {
    let bulk = std::env::var("TRANSCRIPT_BULK").unwrap_or_else(|_| "../shared/bulk".to_string());
    let mut paths = Vec::new();
    collect(Path::new(&bulk), &mut paths);
    let all = std::env::var("TRANSCRIPT_BENCH_ALL").is_ok_and(|v| v == "1");
    if paths.is_empty() {
        println!("notice: bulk corpus not found at {bulk}; measuring fixtures/ instead");
        collect(Path::new("fixtures"), &mut paths);
    }
    paths.sort();
    let step = if all || paths.len() < 100 { 1 } else { 4 };
    let pages: Vec<String> = paths
        .iter()
        .step_by(step)
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter(|t| !t.trim().is_empty())
        .collect();
    let bytes: usize = pages.iter().map(String::len).sum();
    println!(
        "measuring {} pages, {:.1} MB (from {bulk}{})",
        pages.len(),
        bytes as f64 / 1e6,
        if step == 1 { "" } else { ", every 4th page" }
    );
    pages
}

/// One pipeline stage run on a page's prepared input; returns a count.
type Stage = fn(&Stages) -> usize;

fn line_walk(text: &str) -> usize {
    let mut n = 0;
    for line in text.lines() {
        n += line.trim().len();
    }
    n
}

fn pipeline(c: &mut Criterion) {
    let pages = pages();
    let bytes: u64 = pages.iter().map(|p| p.len() as u64).sum();
    let staged: Vec<Stages> = pages.iter().map(|p| Stages::new(p)).collect();

    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("baseline_lines", |b| {
        b.iter(|| pages.iter().map(|p| line_walk(black_box(p))).sum::<usize>())
    });
    group.bench_function("normalize", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| Stages::normalize(black_box(p)))
                .sum::<usize>()
        })
    });
    // stages 2 to 5, each on the output of the ones before it
    let stages: [(&str, Stage); 4] = [
        ("lines", Stages::lines),
        ("classify", Stages::classify),
        ("assemble", Stages::assemble),
        ("speakers", Stages::speakers),
    ];
    for (name, stage) in stages {
        group.bench_function(name, |b| {
            b.iter(|| staged.iter().map(|s| stage(black_box(s))).sum::<usize>())
        });
    }
    group.bench_function("parse", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| transcript_parser::parse(black_box(p)).map_or(0, |d| d.turns.len()))
                .sum::<usize>()
        })
    });
    group.finish();

    let docs: Vec<_> = pages
        .iter()
        .filter_map(|p| transcript_parser::parse(p).ok())
        .collect();
    let mut group = c.benchmark_group("json");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("to_string", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| serde_json::to_string(black_box(d)).map_or(0, |s| s.len()))
                .sum::<usize>()
        })
    });
    group.finish();
}

fn scaling(c: &mut Criterion) {
    let pages = pages();
    // a page of median length, so that the sizes stay realistic
    let mut by_len: Vec<&String> = pages.iter().collect();
    by_len.sort_by_key(|p| p.len());
    let Some(page) = by_len.get(by_len.len() / 2) else {
        return;
    };
    let mut group = c.benchmark_group("scaling");
    for times in [1usize, 4, 16] {
        let mut text = String::with_capacity(page.len() * times + times);
        for _ in 0..times {
            text.push_str(page);
            text.push('\n');
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse", times), &text, |b, t| {
            b.iter(|| transcript_parser::parse(black_box(t)).map_or(0, |d| d.turns.len()))
        });
    }
    group.finish();
}

fn adversarial(c: &mut Criterion) {
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10);
    for (name, pattern) in [
        ("labels_on_one_line", "A: "),
        ("titles_on_one_line", "MR A: "),
        (
            "heads_before_a_colon",
            "Question Question Question Question Question Question:x ",
        ),
        ("short_lines", "A: Yes.\nB: No.\n"),
        // a dash printed after capitals, as a Hansard label's may be: each once looked back
        // over the words before it, on a line of nothing else 30-100 times slower than prose
        ("dashes_after_capitals", "x. AB- "),
        // Russian pop-ups printed with no gap, each name reversed: each once looked for its
        // close to the line's end
        ("reversed_names", "Иван Лунд Лунд Иван Петрович "),
        // related-link widgets on one flattened line: each cut was checked against every
        // widget
        (
            "related_widgets",
            "Смотрите также Встреча с губернатором 23 апреля 2031 года ",
        ),
        // colons with no space between on one line: each once looked back for the name
        // before it, over the whole run before the fix bounding that look to 40 bytes
        ("colons_without_spaces", "Ab:"),
    ] {
        let text = pattern.repeat(256 * 1024 / pattern.len());
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse", name), &text, |b, t| {
            b.iter(|| transcript_parser::parse(black_box(t)).map_or(0, |d| d.turns.len()))
        });
    }
    // 256 KiB of generated lines, one per `i` (each with a word of its own, so no two alike)
    let generated = |line: &dyn Fn(u32) -> String| {
        let mut text = String::new();
        let mut i = 0u32;
        while text.len() < 256 * 1024 {
            text.push_str(&line(i));
            i += 1;
        }
        text
    };
    // six letters from `first` numbering `i` (`AAAAAA`, `BAAAAA`, ...)
    let letters = |i: u32, first: u8| -> String {
        (0..6)
            .scan(i, |x, _| {
                let c = char::from(first + (*x % 26) as u8);
                *x /= 26;
                Some(c)
            })
            .collect()
    };
    let months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let cases: [(&str, &dyn Fn(u32) -> String); 3] = [
        // thousands of speakers of one surname, each with a first name of its own (`AAAB
        // LIND:`): each label was compared with every earlier namesake (a misprint, initials)
        // until the comparisons stopped at a few namesakes; 20,000 such lines took 38 s
        ("namesakes", &|i| {
            format!("{} LIND: Said thing {i}.\n", letters(i, b'A'))
        }),
        // one speaker labelled with thousands of notes (`IVAN LIND (abcdef):`): each label was
        // looked for among all the speaker's labels before (512 KB took 0.7 s)
        ("label_notes", &|i| {
            format!("IVAN LIND ({}): Said.\n\n", letters(i, b'a'))
        }),
        // thousands of dates, each opening three lines (`3 March 1821`): each date was counted
        // by a walk over the others, and each line read against every date printed thrice (64
        // KB took 1.4 s)
        ("running_dates", &|i| {
            let i = i as usize;
            format!(
                "{} {} {}\n",
                1 + i % 28,
                months[i / 28 % 12],
                1800 + i / 336
            )
            .repeat(3)
        }),
    ];
    for (name, line) in cases {
        let text = generated(line);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse", name), &text, |b, t| {
            b.iter(|| transcript_parser::parse(black_box(t)).map_or(0, |d| d.turns.len()))
        });
    }
    group.finish();
}

criterion_group!(benches, pipeline, scaling, adversarial);
criterion_main!(benches);
