//! The `transcript-parser` command: parse transcript pages and print them as JSON.
//!
//! Three ways to run `transcript-parser parse`:
//!
//! - **one page** (`parse FILE` or `parse -`, without `--jsonl`): the page's document is printed
//!   as one JSON document; a failure is one line on standard error.
//! - **batch** (several inputs, any directory, or `--jsonl`): one JSON Lines record per input,
//!   in input order: `{"file": ..., "document": {...}}` or `{"file": ..., "error": "..."}`.
//! - **stream** (`--stdin-jsonl`): lines `{"id": ..., "text": "..."}` on standard input become
//!   `{"id": ..., "document": {...}}` or `{"id": ..., "error": "..."}`, in input order.
//!
//! Batch and stream inputs are parsed on a rayon pool. A producer thread feeds the pool and
//! queues one receiver per input in a bounded channel; the writer takes them in order. At most
//! a window of inputs is in flight, so memory stays flat however many inputs there are.

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use serde_json::Value;
use serde_json::value::RawValue;
use std::collections::VecDeque;
use std::ffi::OsStr;
use std::fs;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::num::NonZeroUsize;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, SyncSender, TryRecvError};
use transcript_parser::ParseOptions;

#[derive(Parser, Debug)]
#[command(
    name = "transcript-parser",
    version,
    about = "Parse transcript page text into JSON"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Parse pages and print them as JSON.
    ///
    /// With one file (or `-`) and no `--jsonl`, prints that page's document as one JSON
    /// document and reports a failure on standard error. Otherwise (several inputs, a
    /// directory, `--jsonl` or `--stdin-jsonl`) prints one JSON Lines record per input, in
    /// input order: `{"file": ..., "document": {...}}` or `{"file": ..., "error": "..."}`
    /// (`"id"` instead of `"file"` with `--stdin-jsonl`), and exits with 1 if any input failed.
    #[command(after_help = EXIT_STATUS_HELP)]
    Parse {
        /// Files and directories to parse; `-` reads one page from standard input.
        ///
        /// Directories are walked recursively and their files whose names end in `.txt` (in any
        /// case) are taken, in path order (entries sorted by name in each directory); a FIFO,
        /// socket or device so named gets an error record. Files named explicitly are taken
        /// whatever their name. Symbolic links to files are followed;
        /// symbolic links to directories met inside a walk are not.
        #[arg(
            value_name = "FILE_OR_DIR",
            required_unless_present = "stdin_jsonl",
            conflicts_with = "stdin_jsonl"
        )]
        inputs: Vec<PathBuf>,

        /// Print JSON Lines records (`{"file": ..., "document": ...}`) even for one file.
        #[arg(long)]
        jsonl: bool,

        /// Read JSON Lines `{"id": <any JSON>, "text": "<page text>"}` from standard input and
        /// print `{"id": ..., "document": {...}}` or `{"id": ..., "error": "..."}` per line, in
        /// order (for Hadoop Streaming mappers and Spark `RDD.pipe`). Blank lines are skipped;
        /// a line that cannot be read gives an error record (with `"id": null` when no id
        /// could be read).
        #[arg(long)]
        stdin_jsonl: bool,

        /// Indent the JSON (one-page mode only; JSON Lines records are never indented).
        #[arg(long)]
        pretty: bool,

        /// Refuse input that is not UTF-8 instead of detecting its encoding.
        #[arg(long)]
        strict_utf8: bool,

        /// Refuse inputs larger than this many bytes (at most 4294967295, the parser's own
        /// limit: a larger N acts as that).
        #[arg(
            long,
            value_name = "N",
            default_value_t = transcript_parser::DEFAULT_MAX_INPUT_BYTES,
            value_parser = byte_count
        )]
        max_bytes: usize,

        /// Number of parser threads for batch and `--stdin-jsonl` modes [default: all cores;
        /// at most four per core].
        #[arg(long, value_name = "N")]
        threads: Option<NonZeroUsize>,

        /// Exit with 0 even when some inputs gave error records (batch and `--stdin-jsonl`
        /// modes). Hadoop Streaming and Spark `RDD.pipe` fail the whole task on a non-zero
        /// exit; with this flag one bad page only costs its own error record.
        #[arg(long)]
        exit_zero_on_errors: bool,
    },
}

const EXIT_STATUS_HELP: &str = "\
Exit status:
  0  every input was parsed
  1  some input failed (one-page mode: the page could not be parsed; batch and
     --stdin-jsonl modes: at least one error record was written)
  2  usage error, unreadable one-page input or standard input, or standard output
     could not be written (for example a closed pipe)";

/// Inputs in flight per pool thread: enough to keep every thread busy while the writer waits
/// for the oldest one.
const WINDOW_PER_THREAD: usize = 4;
/// The smallest window, whatever the thread count.
const MIN_WINDOW: usize = 16;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse {
            inputs,
            jsonl,
            stdin_jsonl,
            pretty,
            strict_utf8,
            max_bytes,
            threads,
            exit_zero_on_errors,
        } => {
            // (capped here too, so that no input past the parser's limit is read whole)
            let options = ParseOptions::default()
                .with_strict_utf8(strict_utf8)
                .with_max_input_bytes(max_bytes.min(transcript_parser::MAX_INPUT_BYTES));
            if !stdin_jsonl
                && !jsonl
                && let [input] = inputs.as_slice()
                && (is_stdin(input) || !is_dir(input))
            {
                return parse_one(input, pretty, &options);
            }
            if inputs.iter().filter(|p| is_stdin(p)).count() > 1 {
                report("`-` (standard input) may be given only once");
                return ExitCode::from(2);
            }
            let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
            let pool = match rayon::ThreadPoolBuilder::new()
                .num_threads(thread_count(threads, cores))
                .thread_name(|i| format!("parse-{i}"))
                .build()
            {
                Ok(pool) => pool,
                Err(e) => {
                    report(&format!("cannot start the thread pool: {e}"));
                    return ExitCode::from(2);
                }
            };
            let batch = Batch {
                pool,
                options: Arc::new(options),
                progress: io::stderr().is_terminal(),
            };
            let outcome = if stdin_jsonl {
                batch.run_stdin_jsonl()
            } else {
                batch.run_files(inputs)
            };
            match outcome {
                // directories with no file in them: say so rather than print nothing
                Outcome::Done { records: 0, .. } if !stdin_jsonl => {
                    report("no input files: the directories given hold no files");
                    ExitCode::from(if exit_zero_on_errors { 0 } else { 1 })
                }
                Outcome::Done { failed, .. } if failed == 0 || exit_zero_on_errors => {
                    ExitCode::SUCCESS
                }
                Outcome::Done { .. } => ExitCode::from(1),
                Outcome::Fatal => ExitCode::from(2),
            }
        }
    }
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

fn is_dir(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_dir())
}

/// One line on standard error; a failure to write it is ignored (there is nowhere left).
fn report(message: &str) {
    let _ = writeln!(io::stderr().lock(), "transcript-parser: {message}");
}

/// One-page mode: exactly one JSON document on standard output, or one line on standard error.
/// Threads per core at most, whatever `--threads` asks.
const MAX_THREADS_PER_CORE: usize = 4;

/// The pool size for `--threads` on a machine of `cores` cores (0: rayon's default, one per
/// core). More threads than a few per core only add switching, and thousands take seconds to
/// start and stop, so the count asked for is capped.
fn thread_count(requested: Option<NonZeroUsize>, cores: usize) -> usize {
    requested.map_or(0, |t| t.get().min(cores * MAX_THREADS_PER_CORE))
}

/// A byte count for `--max-bytes`: decimal digits, any number of them (a count past what
/// `usize` holds is as large as it can be: the parser's own limit applies to it anyway).
fn byte_count(arg: &str) -> Result<usize, String> {
    if arg.is_empty() || !arg.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{arg:?} is not a number of bytes (decimal digits)"));
    }
    Ok(arg.parse::<usize>().unwrap_or(usize::MAX))
}

fn parse_one(input: &Path, pretty: bool, options: &ParseOptions) -> ExitCode {
    let limit = options.max_input_bytes;
    let read = if is_stdin(input) {
        read_limited(io::stdin().lock(), limit).map_err(|e| match e {
            ReadError::Io(e) => ReadError::Io(format!("cannot read standard input: {e}")),
            over => over,
        })
    } else {
        read_file(input, limit).map_err(|e| match e {
            ReadError::Io(e) => ReadError::Io(format!("cannot read {}: {e}", input.display())),
            over => over,
        })
    };
    let bytes = match read {
        Ok(bytes) => bytes,
        Err(ReadError::Io(message)) => {
            report(&message);
            return ExitCode::from(2);
        }
        Err(over @ ReadError::TooLarge(..)) => {
            report(&format!("{}: {over}", input.display()));
            return ExitCode::from(1);
        }
    };
    match transcript_parser::parse_bytes_with(&bytes, options) {
        Ok(doc) => {
            // streamed, so that the page's JSON is never held in memory whole
            let mut out = io::BufWriter::new(io::stdout().lock());
            let written = if pretty {
                serde_json::to_writer_pretty(&mut out, &doc)
            } else {
                serde_json::to_writer(&mut out, &doc)
            }
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
            .and_then(|()| out.flush());
            match written {
                Ok(()) => ExitCode::SUCCESS,
                // a closed pipe: the reader has gone, nothing to say
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(2),
                // a full disk or another failure: said on stderr
                Err(e) => {
                    report(&format!("cannot write standard output: {e}"));
                    ExitCode::from(2)
                }
            }
        }
        Err(e) => {
            report(&format!("{}: {e}", input.display()));
            ExitCode::from(1)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Output records

/// A parsed input, batch mode.
#[derive(Serialize)]
struct FileDocument<'a, D> {
    file: &'a str,
    document: D,
}

/// A failed input, batch mode.
#[derive(Serialize)]
struct FileError<'a> {
    file: &'a str,
    error: &'a str,
}

/// A parsed line, `--stdin-jsonl` mode.
#[derive(Serialize)]
struct IdDocument<'a, D> {
    id: &'a RawValue,
    document: D,
}

/// A failed line, `--stdin-jsonl` mode.
#[derive(Serialize)]
struct IdError<'a> {
    id: &'a RawValue,
    error: &'a str,
}

/// One output line (without its newline), and whether it is an error record.
struct Record {
    json: String,
    failed: bool,
}

impl Record {
    fn ok(json: String) -> Self {
        Record {
            json,
            failed: false,
        }
    }

    fn file_error(file: &str, error: &str) -> Self {
        Record {
            json: to_json(&FileError { file, error }),
            failed: true,
        }
    }

    fn id_error(id: &RawValue, error: &str) -> Self {
        Record {
            json: to_json(&IdError { id, error }),
            failed: true,
        }
    }

    fn file_result(file: &str, parsed: Result<String, String>) -> Self {
        match parsed {
            Ok(document) => Record::ok(document),
            Err(error) => Record::file_error(file, &error),
        }
    }
}

/// Serialize a record made only of strings and JSON values (which cannot fail).
fn to_json<T: Serialize>(record: &T) -> String {
    serde_json::to_string(record).unwrap_or_else(|e| {
        // Unreachable for the record types above; keep the line valid JSON all the same.
        format!(
            "{{\"error\":{}}}",
            Value::String(format!("cannot serialize record: {e}"))
        )
    })
}

/// Parse `bytes` and serialize the document inside the record built by `wrap`.
fn parse_to_record<'b, W, F>(
    bytes: &'b [u8],
    options: &ParseOptions,
    wrap: F,
) -> Result<String, String>
where
    W: Serialize,
    F: FnOnce(transcript_parser::Transcript<'b>) -> W,
{
    let parsed = catch_unwind(AssertUnwindSafe(|| {
        transcript_parser::parse_bytes_with(bytes, options)
            .map_err(|e| e.to_string())
            .and_then(|doc| {
                serde_json::to_string(&wrap(doc))
                    .map_err(|e| format!("cannot serialize document: {e}"))
            })
    }));
    parsed.unwrap_or_else(|_| Err("internal error: the parser panicked on this input".to_owned()))
}

// ---------------------------------------------------------------------------------------------
// Batch and stream modes

enum Outcome {
    /// All `records` inputs were handled; `failed` of them gave error records.
    Done { records: u64, failed: u64 },
    /// Output (or standard input in stream mode) failed; the message, if any, is reported.
    Fatal,
}

struct Batch {
    pool: rayon::ThreadPool,
    options: Arc<ParseOptions>,
    progress: bool,
}

impl Batch {
    fn window(&self) -> usize {
        (self.pool.current_num_threads() * WINDOW_PER_THREAD).max(MIN_WINDOW)
    }

    /// Batch mode: one record per file, in input order.
    fn run_files(self, inputs: Vec<PathBuf>) -> Outcome {
        let bar = self.progress.then(|| {
            let total = Walker::new(inputs.clone()).count() as u64;
            progress_bar(Some(total))
        });
        let options = Arc::clone(&self.options);
        let jobs = Walker::new(inputs).map(move |job| {
            let options = Arc::clone(&options);
            move || job.run(&options)
        });
        self.run(jobs, bar, || true)
    }

    /// Stream mode: one record per non-blank line of standard input, in input order.
    fn run_stdin_jsonl(self) -> Outcome {
        let bar = self.progress.then(|| progress_bar(None));
        let options = Arc::clone(&self.options);
        // A line can hold the largest page with every byte escaped as `\u00XX`, plus its id.
        let cap = self
            .options
            .max_input_bytes
            .saturating_mul(6)
            .saturating_add(1 << 20);
        let (error_tx, error_rx) = mpsc::sync_channel::<io::Error>(1);
        let lines = StdinLines::new(cap, error_tx).map(move |line| {
            let options = Arc::clone(&options);
            move || line.run(&options)
        });
        self.run(lines, bar, move || match error_rx.try_recv() {
            Ok(e) => {
                report(&format!("cannot read standard input: {e}"));
                false
            }
            Err(_) => true,
        })
    }

    /// Run `jobs` on the pool, at most a window at a time, writing their records in order.
    ///
    /// `inputs_ok` is asked once all records are written; `false` makes the outcome fatal.
    fn run<I, J>(
        self,
        jobs: I,
        bar: Option<ProgressBar>,
        inputs_ok: impl FnOnce() -> bool,
    ) -> Outcome
    where
        I: Iterator<Item = J> + Send + 'static,
        J: FnOnce() -> Record + Send + 'static,
    {
        let window = self.window();
        let pool = Arc::new(self.pool);
        let (order_tx, order_rx) = mpsc::sync_channel::<Receiver<Record>>(window);
        let producer_pool = Arc::clone(&pool);
        // The producer walks the inputs (or reads standard input) and hands each to the pool;
        // the bounded channel of receivers holds it back once a window is in flight.
        let spawned = std::thread::Builder::new()
            .name("inputs".to_owned())
            .spawn(move || produce(&producer_pool, jobs, &order_tx));
        if let Err(e) = spawned {
            report(&format!("cannot start the input thread: {e}"));
            return Outcome::Fatal;
        }

        let stdout = io::stdout();
        let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
        let mut failed = 0u64;
        let mut records = 0u64;
        let written = write_in_order(&order_rx, &mut out, |record| {
            records += 1;
            if record.failed {
                failed += 1;
            }
            if let Some(bar) = &bar {
                bar.inc(1);
                if record.failed {
                    bar.set_message(format!("{failed} failed"));
                }
            }
        })
        .and_then(|()| out.flush());
        if let Some(bar) = &bar {
            bar.finish_and_clear();
            if written.is_ok() {
                // One plain summary line in place of the bar.
                let (done, secs) = (bar.position(), bar.elapsed().as_secs_f64());
                report(&format!("{done} inputs in {secs:.1} s, {failed} failed"));
            }
        }
        if let Err(e) = written {
            // A closed pipe (`| head`) ends the run quietly; other write errors are reported.
            if e.kind() != io::ErrorKind::BrokenPipe {
                report(&format!("cannot write standard output: {e}"));
            }
            return Outcome::Fatal;
        }
        if inputs_ok() {
            Outcome::Done { records, failed }
        } else {
            Outcome::Fatal
        }
    }
}

/// Spawn each job on the pool and queue its receiver, in order. Stops when the writer is gone.
fn produce<I, J>(pool: &rayon::ThreadPool, jobs: I, order: &SyncSender<Receiver<Record>>)
where
    I: Iterator<Item = J>,
    J: FnOnce() -> Record + Send + 'static,
{
    for job in jobs {
        let (tx, rx) = mpsc::sync_channel(1);
        pool.spawn(move || {
            // Jobs catch parser panics themselves; this guards the record plumbing too, since
            // a panic escaping a rayon job would abort the process.
            let record = catch_unwind(AssertUnwindSafe(job)).unwrap_or_else(|_| Record {
                json: to_json(&serde_json::json!({
                    "error": "internal error: a worker panicked"
                })),
                failed: true,
            });
            let _ = tx.send(record);
        });
        if order.send(rx).is_err() {
            return;
        }
    }
}

/// Write the records in queue order. Standard output is flushed whenever the next record is
/// not ready yet, so a reader waiting on a record gets it without waiting for a full buffer.
fn write_in_order(
    order: &Receiver<Receiver<Record>>,
    out: &mut impl Write,
    mut seen: impl FnMut(&Record),
) -> io::Result<()> {
    loop {
        let next = match order.try_recv() {
            Ok(rx) => rx,
            Err(TryRecvError::Disconnected) => return Ok(()),
            Err(TryRecvError::Empty) => {
                out.flush()?;
                match order.recv() {
                    Ok(rx) => rx,
                    Err(_) => return Ok(()),
                }
            }
        };
        let record = if let Ok(record) = next.try_recv() {
            record
        } else {
            out.flush()?;
            next.recv().unwrap_or_else(|_| Record {
                json: to_json(&serde_json::json!({
                    "error": "internal error: a worker stopped without a result"
                })),
                failed: true,
            })
        };
        out.write_all(record.json.as_bytes())?;
        out.write_all(b"\n")?;
        seen(&record);
    }
}

fn progress_bar(total: Option<u64>) -> ProgressBar {
    let (bar, template) = match total {
        Some(n) => (
            ProgressBar::new(n),
            "{elapsed_precise} [{wide_bar}] {pos}/{len} pages, eta {eta} {msg}",
        ),
        None => (
            ProgressBar::new_spinner(),
            "{spinner} {elapsed_precise} {pos} lines {msg}",
        ),
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

// ---------------------------------------------------------------------------------------------
// Batch inputs: files, directories, standard input

/// One batch input.
enum Job {
    File(PathBuf),
    Stdin,
    /// An input that could not even be listed (an unreadable directory).
    Failed {
        file: String,
        error: String,
    },
}

impl Job {
    fn run(self, options: &ParseOptions) -> Record {
        match self {
            Job::Failed { file, error } => Record::file_error(&file, &error),
            Job::Stdin => match read_limited(io::stdin().lock(), options.max_input_bytes) {
                Ok(bytes) => Record::file_result("-", parse_file_bytes("-", &bytes, options)),
                Err(ReadError::Io(e)) => {
                    Record::file_error("-", &format!("cannot read standard input: {e}"))
                }
                Err(over) => Record::file_error("-", &over.to_string()),
            },
            Job::File(path) => {
                let file = path.to_string_lossy();
                match read_file(&path, options.max_input_bytes) {
                    Ok(bytes) => {
                        Record::file_result(&file, parse_file_bytes(&file, &bytes, options))
                    }
                    Err(ReadError::Io(e)) => {
                        Record::file_error(&file, &format!("cannot read file: {e}"))
                    }
                    Err(over) => Record::file_error(&file, &over.to_string()),
                }
            }
        }
    }
}

fn parse_file_bytes(file: &str, bytes: &[u8], options: &ParseOptions) -> Result<String, String> {
    parse_to_record(bytes, options, |document| FileDocument { file, document })
}

/// Why an input was not read.
enum ReadError {
    /// The input could not be read (the message of the I/O error).
    Io(String),
    /// The input is over the size limit: its size when known, else the limit was reached
    /// while reading (a pipe, a device, a file that grows).
    TooLarge(Option<u64>, usize),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(message) => f.write_str(message),
            // the library's wording for the same fault
            ReadError::TooLarge(Some(len), limit) => {
                write!(f, "input is {len} bytes, over the limit of {limit} bytes")
            }
            ReadError::TooLarge(None, limit) => {
                write!(
                    f,
                    "input is more than {limit} bytes, over the limit of {limit} bytes"
                )
            }
        }
    }
}

/// Read `reader` to its end, but never more than `limit` bytes and one: an input that does not
/// end (`/dev/zero`, `yes`) is refused at the limit rather than read into memory.
fn read_limited(reader: impl Read, limit: usize) -> Result<Vec<u8>, ReadError> {
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let mut bytes = Vec::new();
    reader
        .take(cap)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::Io(e.to_string()))?;
    if bytes.len() > limit {
        return Err(ReadError::TooLarge(None, limit));
    }
    Ok(bytes)
}

/// Read a file, refusing one over the size limit before reading it (and, for files whose
/// size is not known in advance, as soon as the limit is passed).
fn read_file(path: &Path, limit: usize) -> Result<Vec<u8>, ReadError> {
    let file = fs::File::open(path).map_err(|e| ReadError::Io(e.to_string()))?;
    let len = file.metadata().map_or(0, |m| m.len());
    if usize::try_from(len).map_or(true, |len| len > limit) {
        return Err(ReadError::TooLarge(Some(len), limit));
    }
    read_limited(file, limit)
}

/// The batch inputs in order: arguments as given, directories expanded in path order.
///
/// Lazy: it holds one sorted listing per directory level being walked, never the whole tree.
struct Walker {
    roots: std::vec::IntoIter<PathBuf>,
    /// Listings of the directories being walked, innermost last.
    stack: Vec<VecDeque<Entry>>,
}

struct Entry {
    path: PathBuf,
    kind: EntryKind,
}

enum EntryKind {
    Dir,
    File,
    Symlink,
    Other,
    Unreadable(io::Error),
}

impl Walker {
    fn new(roots: Vec<PathBuf>) -> Self {
        Walker {
            roots: roots.into_iter(),
            stack: Vec::new(),
        }
    }

    /// Push a directory's listing, or give the job reporting why it cannot be listed.
    fn enter(&mut self, dir: &Path) -> Option<Job> {
        match fs::read_dir(dir) {
            Ok(entries) => {
                let mut listing: Vec<Entry> = entries
                    .map(|entry| match entry {
                        Ok(entry) => {
                            let kind = match entry.file_type() {
                                Ok(t) if t.is_dir() => EntryKind::Dir,
                                Ok(t) if t.is_file() => EntryKind::File,
                                Ok(t) if t.is_symlink() => EntryKind::Symlink,
                                Ok(_) => EntryKind::Other,
                                Err(e) => EntryKind::Unreadable(e),
                            };
                            Entry {
                                path: entry.path(),
                                kind,
                            }
                        }
                        Err(e) => Entry {
                            path: dir.to_path_buf(),
                            kind: EntryKind::Unreadable(e),
                        },
                    })
                    .collect();
                listing.sort_by(|a, b| a.path.file_name().cmp(&b.path.file_name()));
                self.stack.push(listing.into());
                None
            }
            Err(e) => Some(Job::Failed {
                file: dir.to_string_lossy().into_owned(),
                error: format!("cannot read directory: {e}"),
            }),
        }
    }
}

/// Whether `path`'s name ends in `.txt`, in any case (`PAGE.TXT`).
fn is_txt(path: &Path) -> bool {
    path.file_name()
        .map(OsStr::as_encoded_bytes)
        .is_some_and(|name| name.len() >= 4 && name[name.len() - 4..].eq_ignore_ascii_case(b".txt"))
}

impl Iterator for Walker {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        loop {
            let Some(listing) = self.stack.last_mut() else {
                let root = self.roots.next()?;
                if is_stdin(&root) {
                    return Some(Job::Stdin);
                }
                if is_dir(&root) {
                    if let Some(failed) = self.enter(&root) {
                        return Some(failed);
                    }
                    continue;
                }
                return Some(Job::File(root));
            };
            let Some(entry) = listing.pop_front() else {
                self.stack.pop();
                continue;
            };
            match entry.kind {
                EntryKind::Dir => {
                    if let Some(failed) = self.enter(&entry.path) {
                        return Some(failed);
                    }
                }
                EntryKind::File if is_txt(&entry.path) => return Some(Job::File(entry.path)),
                // A link to a file is taken; a link to a directory is not walked (no cycles);
                // a dangling link named `.txt` is taken and reported when it cannot be read.
                EntryKind::Symlink if is_txt(&entry.path) && !is_dir(&entry.path) => {
                    return Some(Job::File(entry.path));
                }
                // a FIFO, socket or device named `.txt` would block or never end: reported
                EntryKind::Other if is_txt(&entry.path) => {
                    return Some(Job::Failed {
                        file: entry.path.to_string_lossy().into_owned(),
                        error: "not a regular file (a FIFO, socket or device): skipped".to_owned(),
                    });
                }
                EntryKind::Unreadable(e) => {
                    return Some(Job::Failed {
                        file: entry.path.to_string_lossy().into_owned(),
                        error: format!("cannot read directory entry: {e}"),
                    });
                }
                EntryKind::File | EntryKind::Symlink | EntryKind::Other => {}
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Stream inputs: JSON Lines on standard input

/// One non-blank line of standard input.
enum Line {
    Json { number: u64, bytes: Vec<u8> },
    TooLong { number: u64, cap: usize },
}

impl Line {
    fn run(self, options: &ParseOptions) -> Record {
        let (number, bytes) = match self {
            Line::Json { number, bytes } => (number, bytes),
            Line::TooLong { number, cap } => {
                let null = RawValue::from_string("null".to_owned()).expect("`null` is JSON");
                // (the cap is not the limit the user set: say how it follows from it)
                let message = format!(
                    "line {number}: longer than {cap} bytes (a page of at most --max-bytes {} \
                     bytes, each escaped in up to six, and 1 MiB for the rest of the line)",
                    options.max_input_bytes
                );
                return Record::id_error(&null, &message);
            }
        };
        let (id, text) = match read_request(&bytes) {
            Ok(request) => request,
            Err((id, error)) => return Record::id_error(&id, &format!("line {number}: {error}")),
        };
        match parse_to_record(text.as_bytes(), options, |document| IdDocument {
            id: &id,
            document,
        }) {
            Ok(json) => Record::ok(json),
            Err(error) => Record::id_error(&id, &error),
        }
    }
}

/// Read `{"id": ..., "text": "..."}`: the id (null when absent) and the text, or the id that
/// could be read and what is wrong. Other fields are ignored. The id is kept as the exact JSON
/// text the line gave (`1e2`, `123456789012345678901`, `{"row": 9}`), to be echoed as it is.
fn read_request(bytes: &[u8]) -> Result<(Box<RawValue>, String), (Box<RawValue>, String)> {
    /// The id alone, as printed; skipped fields are not decoded (a lone surrogate escape or
    /// bytes that are not UTF-8 in `"text"` do not stop the id being read).
    #[derive(serde::Deserialize)]
    struct IdOnly {
        #[serde(default)]
        id: Option<Box<RawValue>>,
    }
    // (a byte order mark before the first line, as some tools write one)
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let null = || RawValue::from_string("null".to_owned()).expect("`null` is JSON");
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        match serde_json::from_slice::<IdOnly>(bytes) {
            Ok(IdOnly { id }) => (
                id.unwrap_or_else(null),
                format!("a field cannot be read: {e}"),
            ),
            Err(_) => (null(), format!("invalid JSON: {e}")),
        }
    })?;
    let Value::Object(mut object) = value else {
        return Err((
            null(),
            "expected a JSON object with \"id\" and \"text\"".to_owned(),
        ));
    };
    // the object is valid JSON: an id that cannot be read now is given twice
    let id = match serde_json::from_slice::<IdOnly>(bytes) {
        Ok(r) => r.id.unwrap_or_else(null),
        Err(e) => return Err((null(), format!("the \"id\" cannot be read: {e}"))),
    };
    match object.remove("text") {
        Some(Value::String(text)) => Ok((id, text)),
        Some(_) => Err((id, "\"text\" is not a string".to_owned())),
        None => Err((id, "no \"text\" field".to_owned())),
    }
}

/// The non-blank lines of standard input, each at most `cap` bytes. A read error ends the
/// lines and is handed over on `error`.
struct StdinLines {
    input: io::BufReader<io::Stdin>,
    number: u64,
    cap: usize,
    /// The last line was too long: its rest is skipped before the next line is read (its
    /// error record is already on its way, however long the rest is).
    skipping: bool,
    error: Option<SyncSender<io::Error>>,
}

impl StdinLines {
    fn new(cap: usize, error: SyncSender<io::Error>) -> Self {
        StdinLines {
            input: io::BufReader::with_capacity(1 << 16, io::stdin()),
            number: 0,
            cap,
            skipping: false,
            error: Some(error),
        }
    }
}

impl Iterator for StdinLines {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        loop {
            let mut bytes = Vec::new();
            let read = if std::mem::take(&mut self.skipping) {
                skip_line(&mut self.input)
                    .and_then(|()| read_line_capped(&mut self.input, &mut bytes, self.cap))
            } else {
                read_line_capped(&mut self.input, &mut bytes, self.cap)
            };
            match read {
                Ok(LineRead::Eof) => return None,
                Ok(read) => {
                    self.number += 1;
                    let number = self.number;
                    if read == LineRead::TooLong {
                        self.skipping = true;
                        return Some(Line::TooLong {
                            number,
                            cap: self.cap,
                        });
                    }
                    if !bytes.iter().all(u8::is_ascii_whitespace) {
                        return Some(Line::Json { number, bytes });
                    }
                }
                Err(e) => {
                    if let Some(error) = self.error.take() {
                        let _ = error.send(e);
                    }
                    return None;
                }
            }
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
enum LineRead {
    Eof,
    Line,
    TooLong,
}

/// Read one line (without its `\n`) into `buf`. Once the line is past `cap` bytes, `TooLong`
/// is returned at once, the rest of the line left unread (for [`skip_line`]): an endless line
/// gets its error record without waiting for an end that may never come.
fn read_line_capped(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<LineRead> {
    buf.clear();
    let mut any = false;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(if any { LineRead::Line } else { LineRead::Eof });
        }
        any = true;
        let (chunk, used, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (&available[..i], i + 1, true),
            None => (available, available.len(), false),
        };
        if buf.len() + chunk.len() > cap {
            *buf = Vec::new();
            return Ok(LineRead::TooLong);
        }
        buf.extend_from_slice(chunk);
        input.consume(used);
        if done {
            return Ok(LineRead::Line);
        }
    }
}

/// Skip the rest of a line, its `\n` included.
fn skip_line(input: &mut impl BufRead) -> io::Result<()> {
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(());
        }
        match memchr::memchr(b'\n', available) {
            Some(i) => {
                input.consume(i + 1);
                return Ok(());
            }
            None => {
                let n = available.len();
                input.consume(n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_past_the_cap_is_reported_before_its_end_is_read() {
        let mut input = io::Cursor::new(b"{\"a\"}\n0123456789abcdef\n{\"b\"}".to_vec());
        let mut buf = Vec::new();
        assert_eq!(
            read_line_capped(&mut input, &mut buf, 8).unwrap(),
            LineRead::Line
        );
        assert_eq!(buf, b"{\"a\"}");
        assert_eq!(
            read_line_capped(&mut input, &mut buf, 8).unwrap(),
            LineRead::TooLong
        );
        assert!(buf.is_empty());
        skip_line(&mut input).unwrap();
        assert_eq!(
            read_line_capped(&mut input, &mut buf, 8).unwrap(),
            LineRead::Line
        );
        assert_eq!(buf, b"{\"b\"}");
        assert_eq!(
            read_line_capped(&mut input, &mut buf, 8).unwrap(),
            LineRead::Eof
        );
    }

    #[test]
    fn the_thread_count_is_capped_at_four_per_core() {
        let asked = |n: usize| NonZeroUsize::new(n);
        assert_eq!(thread_count(None, 2), 0);
        assert_eq!(thread_count(asked(3), 2), 3);
        assert_eq!(thread_count(asked(100_000), 2), 8);
        assert_eq!(thread_count(asked(usize::MAX), 1), 4);
    }
}
