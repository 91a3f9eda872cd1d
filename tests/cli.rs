//! End-to-end tests of the `transcript-parser` binary: one-page mode, batch mode (files and
//! directories, JSON Lines records in input order, error records), standard input, and the
//! `--stdin-jsonl` stream mode.

use serde_json::Value;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!(
            "transcript-parser-cli-{}-{name}-{n}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    /// Write `text` to `name` (which may contain `/`) and return its path.
    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent dir");
        }
        std::fs::write(&path, text).expect("write test input");
        path
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_transcript-parser"))
}

/// Run the binary with `args` and `stdin`, waiting for it to finish.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn transcript-parser");
    let mut input = child.stdin.take().expect("stdin pipe");
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child
        .wait_with_output()
        .expect("wait for transcript-parser");
    writer.join().expect("stdin writer");
    output
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

/// Every stdout line as JSON.
fn records(output: &Output) -> Vec<Value> {
    stdout(output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is one JSON document"))
        .collect()
}

/// The name (or, for a role-only label, the role) of every speaker of a document.
fn speaker_names(document: &Value) -> Vec<String> {
    document["speakers"]
        .as_array()
        .expect("speakers array")
        .iter()
        .map(|s| {
            s["name"]
                .as_str()
                .or_else(|| s["role"].as_str())
                .expect("speaker name or role")
                .to_owned()
        })
        .collect()
}

/// A distinct person name for each `i` below 4225: "Ann Baba", "Ann Daba", ...
fn person(i: usize) -> String {
    const CONSONANTS: &[u8] = b"bdfgklmnprstv";
    const VOWELS: &[u8] = b"aeiou";
    let syllable = |n: usize| {
        let c = char::from(CONSONANTS[n % CONSONANTS.len()]);
        let v = char::from(VOWELS[(n / CONSONANTS.len()) % VOWELS.len()]);
        format!("{c}{v}")
    };
    let surname = format!("{}{}", syllable(i % 65), syllable(i / 65));
    let mut chars = surname.chars();
    let first = chars.next().map_or('X', |c| c.to_ascii_uppercase());
    format!("Ann {first}{}", chars.as_str())
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

/// A page whose only speaker is `name`, so that records can be told apart.
fn page(name: &str) -> String {
    format!(
        "{}: Hello from {name}.\nCLERK: Noted.\n",
        name.to_uppercase()
    )
}

const TWO_SPEAKERS: &str = "ANNA LEE: Hello there.\nBORIS KAY: Good morning.\n";

#[test]
fn single_file_prints_one_document() {
    let dir = TempDir::new("single");
    let file = dir.write("page.txt", TWO_SPEAKERS);
    let output = run(&["parse", path_str(&file)], b"");
    assert!(output.status.success(), "stderr: {}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let text = stdout(&output);
    assert_eq!(text.lines().count(), 1, "one compact JSON document");
    assert!(text.ends_with("}\n"));
    let doc: Value = serde_json::from_str(text).expect("stdout is one JSON document");
    for key in ["title", "turns", "speakers", "boilerplate", "date"] {
        assert!(doc.get(key).is_some(), "missing key {key}");
    }
    assert!(
        doc.get("file").is_none(),
        "no batch wrapper in one-page mode"
    );
    assert!(
        doc.get("document").is_none(),
        "no batch wrapper in one-page mode"
    );
    assert_eq!(doc["title"], Value::Null);
    assert_eq!(doc["date"], Value::Null);
    assert_eq!(speaker_names(&doc), ["Anna Lee", "Boris Kay"]);
    assert_eq!(doc["turns"].as_array().map(Vec::len), Some(2));
    assert_eq!(doc["turns"][0]["text"], "Hello there.");
    assert_eq!(doc["turns"][1]["label"], "BORIS KAY");
    assert_eq!(doc["turns"][1]["text"], "Good morning.");
    assert_eq!(doc["boilerplate"], serde_json::json!([]));

    // --pretty indents the same document
    let pretty = run(&["parse", "--pretty", path_str(&file)], b"");
    assert!(pretty.status.success());
    assert!(stdout(&pretty).lines().count() > 10);
    let pretty_doc: Value = serde_json::from_slice(&pretty.stdout).expect("pretty JSON");
    assert_eq!(pretty_doc, doc);

    // --jsonl wraps the very same document in a record naming the file
    let jsonl = run(&["parse", "--jsonl", path_str(&file)], b"");
    assert!(jsonl.status.success());
    let recs = records(&jsonl);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["file"], path_str(&file));
    assert_eq!(recs[0]["document"], doc);
    assert_eq!(recs[0].as_object().map(serde_json::Map::len), Some(2));
    let prefix = format!("{{\"file\":{},\"document\":", Value::from(path_str(&file)));
    assert!(stdout(&jsonl).starts_with(&prefix), "file comes first");
    assert!(stdout(&jsonl).ends_with(&format!("{}}}\n", text.trim_end())));
}

#[test]
fn single_file_failure_goes_to_stderr() {
    let dir = TempDir::new("single-fail");
    let empty = dir.write("empty.txt", "");
    let output = run(&["parse", path_str(&empty)], b"");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        format!("transcript-parser: {}: input is empty\n", empty.display())
    );

    let missing = dir.path().join("missing.txt");
    let output = run(&["parse", path_str(&missing)], b"");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    assert_eq!(stderr(&output).lines().count(), 1);
    assert!(stderr(&output).starts_with(&format!(
        "transcript-parser: cannot read {}: ",
        missing.display()
    )));
}

#[test]
fn batch_keeps_input_order() {
    let dir = TempDir::new("order");
    // More files than one window of in-flight inputs, given in reverse name order, and with
    // the first pages much longer than the rest so that they finish last.
    let names: Vec<String> = (0..60).map(person).collect();
    let mut files = Vec::new();
    for (i, name) in names.iter().enumerate().rev() {
        let mut text = page(name);
        if i >= 55 {
            for _ in 0..2000 {
                text.push_str("CLERK: A long aside to slow this page down.\n");
            }
        }
        files.push(dir.write(&format!("p{i:02}.txt"), &text));
    }
    let mut args = vec!["parse", "--threads", "4"];
    args.extend(files.iter().map(|f| path_str(f)));
    let output = run(&args, b"");
    assert!(output.status.success(), "stderr: {}", stderr(&output));
    let recs = records(&output);
    assert_eq!(recs.len(), 60);
    for (rec, (file, name)) in recs.iter().zip(files.iter().zip(names.iter().rev())) {
        assert_eq!(rec["file"], path_str(file));
        assert_eq!(speaker_names(&rec["document"])[0], *name);
        assert!(rec.get("error").is_none());
    }
    assert_eq!(recs[0]["file"], path_str(&dir.path().join("p59.txt")));
    assert_eq!(
        speaker_names(&recs[59]["document"]),
        [person(0).as_str(), "Clerk"]
    );
}

#[test]
fn directory_input_is_walked_in_path_order() {
    let dir = TempDir::new("walk");
    let root = dir.path().join("pages");
    dir.write("pages/b.txt", &page("Bea Ross"));
    dir.write("pages/a/z.txt", &page("Zed Marsh"));
    dir.write("pages/a/deeper/y.txt", &page("Yan Hoff"));
    dir.write("pages/c.md", &page("Not Taken"));
    dir.write("pages/notes.txt.bak", &page("Not Taken"));
    let extra = dir.write("extra.text", &page("Eve Extra"));

    let output = run(&["parse", path_str(&root), path_str(&extra)], b"");
    assert!(output.status.success(), "stderr: {}", stderr(&output));
    let recs = records(&output);
    let files: Vec<&str> = recs.iter().map(|r| r["file"].as_str().unwrap()).collect();
    let expected: Vec<PathBuf> = vec![
        root.join("a/deeper/y.txt"),
        root.join("a/z.txt"),
        root.join("b.txt"),
        extra.clone(), // named explicitly: taken whatever its extension
    ];
    assert_eq!(
        files,
        expected.iter().map(|p| path_str(p)).collect::<Vec<_>>()
    );
    let first: Vec<String> = recs
        .iter()
        .map(|r| speaker_names(&r["document"])[0].clone())
        .collect();
    assert_eq!(first, ["Yan Hoff", "Zed Marsh", "Bea Ross", "Eve Extra"]);

    // A directory alone is batch mode too
    let output = run(&["parse", path_str(&root.join("a"))], b"");
    assert!(output.status.success());
    let recs = records(&output);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1]["file"], path_str(&root.join("a/z.txt")));
    assert_eq!(speaker_names(&recs[1]["document"])[0], "Zed Marsh");
}

#[test]
fn failures_become_error_records_and_the_batch_goes_on() {
    let dir = TempDir::new("errors");
    let first = dir.write("1.txt", &page("Ada First"));
    let missing = dir.path().join("2-missing.txt");
    let empty = dir.write("3-empty.txt", "");
    let blank = dir.write("4-blank.txt", "  \n");
    let last = dir.write("5.txt", &page("Zoe Last"));
    let args = [
        "parse",
        path_str(&first),
        path_str(&missing),
        path_str(&empty),
        path_str(&blank),
        path_str(&last),
    ];
    let output = run(&args, b"");
    assert_eq!(output.status.code(), Some(1));
    assert!(!stderr(&output).contains("panicked"));
    let recs = records(&output);
    assert_eq!(recs.len(), 5);

    assert_eq!(recs[0]["file"], path_str(&first));
    assert_eq!(speaker_names(&recs[0]["document"])[0], "Ada First");

    assert_eq!(recs[1]["file"], path_str(&missing));
    assert!(recs[1].get("document").is_none());
    let error = recs[1]["error"].as_str().expect("error text");
    assert!(error.starts_with("cannot read file: "), "{error}");

    assert_eq!(
        recs[2],
        serde_json::json!({"file": path_str(&empty), "error": "input is empty"})
    );
    assert_eq!(
        recs[3]["error"],
        "input has no text: its 3 bytes are all white space or invisible characters"
    );

    assert_eq!(recs[4]["file"], path_str(&last));
    assert_eq!(speaker_names(&recs[4]["document"])[0], "Zoe Last");

    // The same batch exits 0 with --exit-zero-on-errors, records unchanged
    let mut lenient = args.to_vec();
    lenient.push("--exit-zero-on-errors");
    let output2 = run(&lenient, b"");
    assert_eq!(output2.status.code(), Some(0));
    assert_eq!(output2.stdout, output.stdout);
}

#[test]
fn oversized_file_is_refused_without_reading_it() {
    let dir = TempDir::new("size");
    let big = dir.write("big.txt", &page("Big Page").repeat(10));
    let small = dir.write("small.txt", "Q: Why?\n");
    let output = run(
        &[
            "parse",
            "--max-bytes",
            "100",
            path_str(&big),
            path_str(&small),
        ],
        b"",
    );
    assert_eq!(output.status.code(), Some(1));
    let recs = records(&output);
    let len = std::fs::metadata(&big).unwrap().len();
    assert_eq!(
        recs[0]["error"],
        format!("input is {len} bytes, over the limit of 100 bytes")
    );
    assert_eq!(recs[1]["document"]["speakers"][0]["role"], "Question");
}

// Found by a new-user trial: a `--max-bytes` past what 64 bits hold was a usage error, though
// the help says a count past the parser's own limit acts as that limit.
#[test]
fn max_bytes_past_the_limit_acts_as_the_limit() {
    let output = run(
        &["parse", "--max-bytes", "99999999999999999999", "-"],
        b"Q: Why?\n",
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["speakers"][0]["role"], "Question");
    let output = run(&["parse", "--max-bytes", "12kB", "-"], b"Q: Why?\n");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("\"12kB\" is not a number of bytes"),
        "{}",
        stderr(&output)
    );
}

// Found by a new-user trial: `parse - < /dev/zero` read the endless input into memory until
// the system killed it, whatever `--max-bytes` said. Input is now read up to the limit only.
#[test]
fn input_past_the_limit_is_not_read_to_its_end() {
    // 32 MB offered, 1000 bytes allowed: reading stops at the limit (the writer then meets a
    // closed pipe), and the error says the limit was passed rather than giving the full size
    let endless = vec![b'a'; 32 << 20];
    let output = run(&["parse", "--max-bytes", "1000", "-"], &endless);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output).trim_end(),
        "transcript-parser: -: input is more than 1000 bytes, over the limit of 1000 bytes"
    );
    let output = run(&["parse", "--jsonl", "--max-bytes", "1000", "-"], &endless);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        records(&output)[0]["error"],
        "input is more than 1000 bytes, over the limit of 1000 bytes"
    );
}

// Found by a new-user trial: a directory with no files in it printed nothing and exited 0.
#[test]
fn directory_without_files_is_reported() {
    let dir = TempDir::new("empty");
    let output = run(&["parse", dir.0.to_str().expect("UTF-8 path")], b"");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_eq!(
        stderr(&output).trim_end(),
        "transcript-parser: no input files: the directories given hold no files"
    );
}

#[test]
fn dash_reads_one_page_from_stdin() {
    let output = run(&["parse", "-"], TWO_SPEAKERS.as_bytes());
    assert!(output.status.success(), "stderr: {}", stderr(&output));
    assert_eq!(stdout(&output).lines().count(), 1);
    let doc: Value = serde_json::from_slice(&output.stdout).expect("one JSON document");
    assert_eq!(speaker_names(&doc), ["Anna Lee", "Boris Kay"]);
    assert_eq!(doc["turns"][0]["span"], serde_json::json!([0, 22]));

    // Among other inputs, `-` is one record named "-"
    let dir = TempDir::new("dash");
    let file = dir.write("after.txt", &page("Cy After"));
    let output = run(
        &["parse", "-", path_str(&file)],
        page("Dee Stdin").as_bytes(),
    );
    assert!(output.status.success(), "stderr: {}", stderr(&output));
    let recs = records(&output);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["file"], "-");
    assert_eq!(speaker_names(&recs[0]["document"])[0], "Dee Stdin");
    assert_eq!(speaker_names(&recs[1]["document"])[0], "Cy After");

    // Empty standard input is a one-line error
    let output = run(&["parse", "-"], b"");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert_eq!(stderr(&output), "transcript-parser: -: input is empty\n");

    // `-` twice is a usage error
    let output = run(&["parse", "-", "-"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
}

#[test]
fn stdin_jsonl_keeps_ids_and_order() {
    let input = [
        r#"{"id": 17, "text": "ANNA LEE: Hello there.\nBORIS KAY: Good morning.\n"}"#,
        r#"{"text": "Q: Why?\n", "id": "page-b", "source": "ignored"}"#,
        "",
        "this is not JSON",
        r#"{"id": {"shard": 3, "row": 9}, "text": ""}"#,
        r#"{"id": 5}"#,
        r#"{"id": 6, "text": 42}"#,
        "[1, 2]",
        r#"{"id": -2.5, "text": "CARL DUNN: Last one.\n"}"#,
    ]
    .join("\n");
    let output = run(&["parse", "--stdin-jsonl"], input.as_bytes());
    assert_eq!(output.status.code(), Some(1), "stderr: {}", stderr(&output));
    let recs = records(&output);
    assert_eq!(recs.len(), 8, "one record per non-blank line");

    assert_eq!(recs[0]["id"], 17);
    assert!(recs[0]["id"].is_u64());
    assert_eq!(
        speaker_names(&recs[0]["document"]),
        ["Anna Lee", "Boris Kay"]
    );
    assert!(stdout(&output).starts_with("{\"id\":17,\"document\":{"));

    assert_eq!(recs[1]["id"], "page-b");
    assert_eq!(recs[1]["document"]["speakers"][0]["role"], "Question");

    assert_eq!(recs[2]["id"], Value::Null);
    let error = recs[2]["error"].as_str().expect("error text");
    assert!(error.starts_with("line 4: invalid JSON: "), "{error}");

    assert_eq!(
        recs[3],
        serde_json::json!({"id": {"shard": 3, "row": 9}, "error": "input is empty"})
    );
    assert_eq!(
        recs[4],
        serde_json::json!({"id": 5, "error": "line 6: no \"text\" field"})
    );
    assert_eq!(
        recs[5],
        serde_json::json!({"id": 6, "error": "line 7: \"text\" is not a string"})
    );
    assert_eq!(recs[6]["id"], Value::Null);
    assert_eq!(
        recs[6]["error"],
        "line 8: expected a JSON object with \"id\" and \"text\""
    );
    assert_eq!(recs[7]["id"], -2.5);
    assert_eq!(speaker_names(&recs[7]["document"]), ["Carl Dunn"]);

    // Many lines in parallel come back in order
    let many: String = (0..300)
        .map(|i| {
            format!(
                "{}\n",
                serde_json::json!({"id": i, "text": page(&person(i))})
            )
        })
        .collect();
    let output = run(
        &["parse", "--stdin-jsonl", "--threads", "3"],
        many.as_bytes(),
    );
    assert!(output.status.success(), "stderr: {}", stderr(&output));
    let recs = records(&output);
    assert_eq!(recs.len(), 300);
    for (i, rec) in recs.iter().enumerate() {
        assert_eq!(rec["id"], i);
        assert_eq!(speaker_names(&rec["document"])[0], person(i));
    }
}

#[test]
fn stdin_jsonl_answers_each_line_before_end_of_input() {
    // A caller that writes one line and waits for its record (a co-process) must get it.
    let mut child = bin()
        .args(["parse", "--stdin-jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut input = child.stdin.take().expect("stdin");
    let mut out = child.stdout.take().expect("stdout");
    let mut reply = Vec::new();
    for (id, name) in [(1, "ANNA LEE"), (2, "BORIS KAY")] {
        let line = serde_json::json!({"id": id, "text": format!("{name}: Hi.\n")});
        writeln!(input, "{line}").expect("write a line");
        input.flush().expect("flush");
        reply.clear();
        let mut byte = [0u8; 1];
        while out.read(&mut byte).expect("read stdout") == 1 && byte[0] != b'\n' {
            reply.push(byte[0]);
        }
        let rec: Value = serde_json::from_slice(&reply).expect("one record");
        assert_eq!(rec["id"], id);
        assert_eq!(rec["document"]["turns"][0]["label"], name);
    }
    drop(input);
    let status = child.wait().expect("wait");
    assert!(status.success());
}

#[test]
fn one_thread_gives_the_same_output_as_default() {
    let dir = TempDir::new("threads");
    for i in 0..40 {
        let mut text = page(&person(i));
        if i % 7 == 0 {
            text.push_str(&"MODERATOR: Next question, please.\n".repeat(500));
        }
        dir.write(&format!("d{}/p{i:02}.txt", i % 3), &text);
    }
    dir.write("d1/empty.txt", "");
    let root = path_str(dir.path());
    let one = run(&["parse", "--threads", "1", root], b"");
    let default = run(&["parse", root], b"");
    let four = run(&["parse", "--threads", "4", root], b"");
    assert_eq!(one.status.code(), Some(1), "the empty page fails");
    assert_eq!(default.status.code(), Some(1));
    assert_eq!(records(&one).len(), 41);
    assert_eq!(one.stdout, default.stdout);
    assert_eq!(one.stdout, four.stdout);

    let lines: String = (0..50)
        .map(|i| {
            format!(
                "{}\n",
                serde_json::json!({"id": format!("k{i}"), "text": page("Uma Test")})
            )
        })
        .collect();
    let one = run(
        &["parse", "--stdin-jsonl", "--threads", "1"],
        lines.as_bytes(),
    );
    let default = run(&["parse", "--stdin-jsonl"], lines.as_bytes());
    assert!(one.status.success());
    assert_eq!(records(&one)[49]["id"], "k49");
    assert_eq!(one.stdout, default.stdout);

    let output = run(&["parse", "--threads", "0", root], b"");
    assert_eq!(
        output.status.code(),
        Some(2),
        "zero threads is a usage error"
    );
}

#[test]
fn pretty_does_not_apply_to_json_lines() {
    let dir = TempDir::new("pretty");
    let a = dir.write("a.txt", &page("Ann Pretty"));
    let b = dir.write("b.txt", &page("Ben Pretty"));
    let output = run(&["parse", "--pretty", path_str(&a), path_str(&b)], b"");
    assert!(output.status.success());
    assert_eq!(stdout(&output).lines().count(), 2);
    assert_eq!(records(&output)[1]["file"], path_str(&b));
}

#[test]
fn closed_stdout_ends_quietly() {
    let dir = TempDir::new("pipe");
    for i in 0..200 {
        dir.write(&format!("p{i:03}.txt"), &page(&person(i)));
    }
    let mut child = bin()
        .args(["parse", "--threads", "2", path_str(dir.path())])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut out = child.stdout.take().expect("stdout");
    let mut first = [0u8; 64];
    out.read_exact(&mut first).expect("some output");
    drop(out); // like `| head -c 64`
    let output = child.wait_with_output().expect("wait");
    assert!(first.starts_with(b"{\"file\":"));
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr(&output), "", "a closed pipe ends the run quietly");
}

#[test]
fn stdin_jsonl_echoes_large_ids_exactly_and_keeps_ids_of_unreadable_text() {
    // (found by a new-user trial: `1e2` came back as `1e+2`)
    let input = b"{\"id\": 123456789012345678901, \"text\": \"MS. LEE: Hello.\\nQ: Why?\\n\"}\n{\"id\": \"keep-me\", \"text\": \"bad \\ud800 text\"}\n{\"id\": 1e2, \"text\": \"Q: Why?\\n\"}\n";
    let output = run(&["parse", "--stdin-jsonl"], input);
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<&str> = stdout(&output).lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("{\"id\":123456789012345678901,\"document\":"));
    assert!(
        lines[2].starts_with("{\"id\":1e2,\"document\":"),
        "{}",
        lines[2]
    );
    let second: Value = serde_json::from_str(lines[1]).expect("JSON");
    assert_eq!(second["id"], "keep-me");
    assert!(
        second["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("line 2: a field cannot be read:")),
        "{second}"
    );
}

// Found by a new user: `--threads 100000` started threads for minutes before parsing anything;
// the count is now capped at a few per core, and the batch runs as with the default.
#[test]
fn a_huge_thread_count_is_capped() {
    let dir = TempDir::new("threads");
    let a = dir.write("a.txt", &page("a"));
    let b = dir.write("b.txt", &page("b"));
    let output = run(
        &[
            "parse",
            "--jsonl",
            "--threads",
            "100000",
            path_str(&a),
            path_str(&b),
        ],
        b"",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let files: Vec<String> = records(&output)
        .iter()
        .map(|r| r["file"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(files, [path_str(&a), path_str(&b)]);
}

// Found by a new user: in one-page mode a full disk gave exit code 2 and nothing on stderr.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_reported_in_one_page_mode() {
    let dir = TempDir::new("full");
    let a = dir.write("a.txt", &page("a"));
    let full = std::fs::File::create("/dev/full").expect("/dev/full on Linux");
    let output = bin()
        .args(["parse", path_str(&a)])
        .stdout(full)
        .output()
        .expect("run the binary");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cannot write standard output"),
        "{}",
        stderr(&output)
    );
}

// Found by a new user: a byte order mark before the first line made it an error record, and
// an object giving `"id"` twice was parsed with a null id and no word of the fault.
#[test]
fn stdin_jsonl_takes_a_byte_order_mark_and_refuses_a_doubled_id() {
    let input = "\u{feff}{\"id\": 1, \"text\": \"MR X: hi\"}\n{\"id\": 2, \"id\": 3, \"text\": \"MR Y: yo\"}\n{\"id\": 4, \"text\": \"MR Z: ok\"}\n";
    let output = run(&["parse", "--stdin-jsonl"], input.as_bytes());
    let records = records(&output);
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["id"], 1);
    assert!(records[0]["document"].is_object(), "{}", records[0]);
    assert!(records[1]["id"].is_null());
    assert!(
        records[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("duplicate field `id`")),
        "{}",
        records[1]
    );
    assert_eq!(records[2]["id"], 4);
    assert_eq!(output.status.code(), Some(1));
}

// Found by a new user: a directory walk skipped `PAGE.TXT` (the extension was matched in lower
// case only) and passed over a FIFO named `.txt` without a word.
#[cfg(unix)]
#[test]
fn a_walk_takes_upper_case_names_and_reports_a_fifo() {
    let dir = TempDir::new("walk-case");
    dir.write("A.TXT", &page("a"));
    dir.write("b.txt", &page("b"));
    let fifo = dir.path().join("c.txt");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let output = run(&["parse", "--jsonl", path_str(dir.path())], b"");
    let records = records(&output);
    let files: Vec<&str> = records
        .iter()
        .map(|r| r["file"].as_str().unwrap_or_default())
        .collect();
    let a = dir.path().join("A.TXT");
    let b = dir.path().join("b.txt");
    if made {
        assert_eq!(files, [path_str(&a), path_str(&b), path_str(&fifo)]);
        assert!(
            records[2]["error"]
                .as_str()
                .is_some_and(|e| e.contains("not a regular file"))
        );
        assert_eq!(output.status.code(), Some(1));
    } else {
        assert_eq!(files, [path_str(&a), path_str(&b)]);
    }
    assert!(records[0]["document"].is_object());
}

/// A line too long for `--stdin-jsonl` names the `--max-bytes` limit it follows from, not
/// only the line cap (a fresh tester read `longer than 1054576 bytes` after `--max-bytes 1000`).
#[test]
fn stdin_jsonl_too_long_line_names_the_limit() {
    let input = format!("{{\"id\": 1, \"text\": \"{}\"}}\n", "x".repeat(1_100_000));
    let output = run(
        &["parse", "--stdin-jsonl", "--max-bytes", "1000"],
        input.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(1), "stderr: {}", stderr(&output));
    let recs = records(&output);
    assert_eq!(recs.len(), 1);
    assert_eq!(
        recs[0]["error"],
        "line 1: longer than 1054576 bytes (a page of at most --max-bytes 1000 bytes, each \
escaped in up to six, and 1 MiB for the rest of the line)"
    );
}
