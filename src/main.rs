//! The `transcript-parser` command: parse transcript pages and print them as JSON.

use clap::{Parser, Subcommand};
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

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
    /// Parse a page (a file, or `-` for standard input) and print it as one JSON document.
    Parse {
        /// The page to parse; `-` reads standard input.
        input: PathBuf,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
        /// Refuse input that is not UTF-8 instead of detecting its encoding.
        #[arg(long)]
        strict_utf8: bool,
        /// Refuse inputs larger than this many bytes.
        #[arg(long, default_value_t = transcript_parser::DEFAULT_MAX_INPUT_BYTES)]
        max_bytes: usize,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse {
            input,
            pretty,
            strict_utf8,
            max_bytes,
        } => {
            let options = transcript_parser::ParseOptions::default()
                .with_strict_utf8(strict_utf8)
                .with_max_input_bytes(max_bytes);
            let bytes = if input.as_os_str() == "-" {
                let mut buf = Vec::new();
                if let Err(e) = io::stdin().read_to_end(&mut buf) {
                    eprintln!("transcript-parser: cannot read standard input: {e}");
                    return ExitCode::from(2);
                }
                buf
            } else {
                match std::fs::read(&input) {
                    Ok(b) => b,
                    Err(e) => {
                        eprintln!("transcript-parser: cannot read {}: {e}", input.display());
                        return ExitCode::from(2);
                    }
                }
            };
            match transcript_parser::parse_bytes_with(&bytes, &options) {
                Ok(doc) => {
                    let json = if pretty {
                        serde_json::to_string_pretty(&doc)
                    } else {
                        serde_json::to_string(&doc)
                    };
                    match json {
                        Ok(s) => {
                            let mut out = io::stdout().lock();
                            if writeln!(out, "{s}").is_err() {
                                return ExitCode::from(2);
                            }
                            ExitCode::SUCCESS
                        }
                        Err(e) => {
                            eprintln!("transcript-parser: cannot write JSON: {e}");
                            ExitCode::from(2)
                        }
                    }
                }
                Err(e) => {
                    eprintln!("transcript-parser: {}: {e}", input.display());
                    ExitCode::from(1)
                }
            }
        }
    }
}
