using System.Globalization;

namespace Lodestar.Benchmarks;

/// <summary>The command line: <c>&lt;command&gt; [--seconds N] [--clients N] [--batch N] ...</c>.</summary>
public sealed class BenchOptions
{
    public string Command { get; private init; } = "help";

    /// <summary>Timed run of ingest-http.</summary>
    public int Seconds { get; private set; } = 30;

    public int WarmupSeconds { get; private set; } = 5;

    public int Clients { get; private set; } = 8;

    /// <summary>Messages per /v1/batch request (and per transaction in the raw per-batch variant).</summary>
    public int Batch { get; private set; } = 100;

    /// <summary>Size of one message's JSON, filler included.</summary>
    public int MessageBytes { get; private set; } = 1_050;

    /// <summary>Sizes the prepared request bodies: (warm-up + seconds) × this many messages.</summary>
    public int MaxRate { get; private set; } = 60_000;

    /// <summary>Rows of ingest-raw.</summary>
    public int Messages { get; private set; } = 300_000;

    /// <summary>People of demo-seed (portal default 5,000) or demo-seed-r1 (100,000); 0 = the command's default.</summary>
    public int People { get; private set; }

    /// <summary>Events the retention benchmark purges; 0 = its default (1,000,000).</summary>
    public int Events { get; private set; }

    /// <summary>Cold starts to measure.</summary>
    public int Repeat { get; private set; } = 3;

    /// <summary>Longest wait for other processes to leave the machine quiet before each measurement.</summary>
    public int QuietWaitSeconds { get; private set; } = 120;

    public TimeSpan QuietWait => TimeSpan.FromSeconds(QuietWaitSeconds);

    /// <summary>"child" (portal as its own process) or "inproc" (WebApplicationFactory + Kestrel).</summary>
    public string Host { get; private set; } = "child";

    /// <summary>Include demo-seed-r1 in <c>all</c>.</summary>
    public bool R1 { get; private set; }

    /// <summary>Messages without the demo's historical timestamps: the server stamps them with their arrival time.</summary>
    public bool Live { get; private set; }

    /// <summary>queries-r1: an existing R1 database to query instead of building one.</summary>
    public string? Database { get; private set; }

    /// <summary>PII rules for ingest-http and ingest-raw (<see cref="BenchPiiRules"/>): none, typical or every.</summary>
    public string Pii { get; private set; } = "none";

    /// <summary>Keep the temporary databases and logs (their folder is printed).</summary>
    public bool Keep { get; private set; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions { Command = args.Length > 0 ? args[0].ToLowerInvariant() : "help" };
        for (var i = 1; i < args.Length; i++)
        {
            var name = args[i].ToLowerInvariant();
            switch (name)
            {
                case "--r1": options.R1 = true; continue;
                case "--keep": options.Keep = true; continue;
                case "--live": options.Live = true; continue;
                case "--host": options.Host = Value(args, ref i, name).ToLowerInvariant(); continue;
                case "--database": options.Database = Value(args, ref i, name); continue;
                case "--pii": options.Pii = Value(args, ref i, name).ToLowerInvariant(); continue;
            }

            var number = Number(args, ref i, name);
            switch (name)
            {
                case "--seconds": options.Seconds = number; break;
                case "--warmup": options.WarmupSeconds = number; break;
                case "--clients": options.Clients = number; break;
                case "--batch": options.Batch = number; break;
                case "--message-bytes": options.MessageBytes = number; break;
                case "--max-rate": options.MaxRate = number; break;
                case "--messages": options.Messages = number; break;
                case "--people": options.People = number; break;
                case "--events": options.Events = number; break;
                case "--repeat": options.Repeat = number; break;
                case "--quiet-wait": options.QuietWaitSeconds = number; break;
                default: throw new ArgumentException($"Unknown option '{args[i - 1]}'.");
            }
        }

        if (options.Host is not ("child" or "inproc" or "both"))
            throw new ArgumentException("--host must be child, inproc or both.");
        if (!BenchPiiRules.Names.Contains(options.Pii))
            throw new ArgumentException($"--pii must be one of {string.Join(", ", BenchPiiRules.Names)}.");
        return options;
    }

    /// <summary>A copy with another <see cref="People"/>.</summary>
    public BenchOptions WithPeople(int people)
    {
        var copy = (BenchOptions)MemberwiseClone();
        copy.People = people;
        return copy;
    }

    /// <summary>A copy with another <see cref="Live"/>.</summary>
    public BenchOptions WithLive(bool live)
    {
        var copy = (BenchOptions)MemberwiseClone();
        copy.Live = live;
        return copy;
    }

    private static string Value(string[] args, ref int i, string name) =>
        ++i < args.Length ? args[i] : throw new ArgumentException($"{name} needs a value.");

    private static int Number(string[] args, ref int i, string name)
    {
        var text = Value(args, ref i, name);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0)
            throw new ArgumentException($"{name} needs a whole number ≥ 0, not '{text}'.");
        return value;
    }

    public const string Usage = """
        Lodestar benchmarks (Release build; figures for the 2-core reference machine, see DESIGN.md).
        usage: dotnet run -c Release --project tests/Benchmarks -- <command> [options]
        commands:
          ingest-http    POST /v1/batch over real HTTP into the embedded SQLite (target ≥ 30,000 msg/s, p99 < 250 ms)
          ingest-raw     SqliteEventSink insert rate of the same rows, no HTTP (HTTP ÷ raw target ≥ 0.5)
          cold-start     portal start to first /health 200 on an empty database (target < 5 s)
          demo-seed      demo workspace seeding on start (default 5,000 people, target < 60 s)
          demo-seed-r1   R1 data set (100,000 people, ~5M events) generated and stored in-process
          queries-r1     Overview and event-debugger query times on the R1 data set (built first unless --database FILE)
          identity-r1    identity resolution on R1: rebuild (< 30 s), incremental 10k events (< 1 s), Profiles pages (not in all)
                         --database FILE: an R1 database to copy (built there first when missing)
          duplicates     DuplicateFinder on 20,000 CRM contacts, ~10 % re-entered copies (target < 20 s; --people N; not in all)
          segments-r1    Segments at R1: 3-condition preview p50 (< 1 s), refresh of 20 saved segments (< 30 s) (--database FILE; not in all)
          funnels-r1     Funnels at R1: 4-step funnel p50 without (< 1 s) and with a breakdown (< 2 s), DuckDB comparison (--database FILE; not in all)
          paths-r1       Paths at R1: 3 steps after the home page, top 5, last 30 days and whole year (< 2 s); dashboard of 6 saved insights (--database FILE; not in all)
          crm-r1         CRM at R1 (20,000 contacts, 5,000 accounts): contact list p95 (< 150 ms), record page, save (--people N; not in all)
          economics-r1   Economics at R1: full recompute (< 60 s) of which the CLV fit (< 5 s), dashboard reads p50 (< 1.5 s) (--database FILE; not in all)
          destinations-r1 Destination syncs at R1 on generated audiences: full sync of 100,000 members to a local webhook (< 20 s), diff of a 20-segment refresh (< 5 s) (not in all)
          retention      Retention purge of 1,000,000 events on a fresh generated database beside live ingestion (purge < 60 s,
                         no ingestion commit > 100 ms) (--events N; not in all)
          clv-fit        Predicted-CLV fit: CDNOW sample, and BG/NBD + Gamma-Gamma on 100,000 synthetic customers (< 5 s) (--people N; not in all)
          event-stream   ingestion p50/p99 of paced /v1/batch load without and with an event-stream destination (added p99 < 5 ms), delivery lag (not in all)
          deletion-r1    Erasure at R1: a person with 10,000 events deleted by email (< 5 s), then suppression (--database FILE; not in all)
          suppression    suppression check per message with a list of 100,000 (p99 < 1 ms), ingestion batches without/with the list (not in all)
          subject-access Subject-access JSON of a person with 10,000 events found by phone: time, and peak memory against a 1,000-event person (streams: flat) (not in all)
          all            everything above (demo-seed-r1 only with --r1; ingest-http also with --live) and a summary table
        options:
          --seconds N (30) --warmup N (5) --clients N (8) --batch N (100) --message-bytes N (1050)
          --max-rate N (60000: sizes the prepared bodies) --host child|inproc|both (child)
          --messages N (ingest-raw rows, 300000) --people N --repeat N (cold starts, 3) --r1 --keep
          --live (messages without the demo's 12-month-old timestamps: stamped on arrival, like live traffic)
          --quiet-wait N (120: longest wait, in s, for other processes to leave the CPUs idle before each measurement)
          --pii none|typical|every (none: three PII rules configured for ingest-http; ingest-raw compares normalising with them and without)
        """;
}
