using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Lodestar.Domain.Data;

/// <summary>
/// How the event writer waits while another connection holds the write lock: a retry about every millisecond, for up
/// to <see cref="MaxRetries"/> (about 30 s). SQLite's own busy_timeout handler backs off 1, 2, 5, 10, 15, 20, 25, 25,
/// 25, 50, 50, 100 ms; while a job (the retention purge) commits short transactions a few milliseconds apart, a writer
/// asleep in a long step misses the gaps and waits through several of them (238 ms measured). Retrying every
/// millisecond takes the lock within about a millisecond of each commit, so a message waits at most one transaction.
/// A failed try costs microseconds (the lock is a shared-memory check in WAL mode, no I/O). The retention purge waits
/// the same way, so that it starts its next transaction as soon as ingestion's commit is done.
/// </summary>
public static class SqliteWriterBusyHandler
{
    /// <summary>Retries before the writer gives up with SQLITE_BUSY: about 30 s at one millisecond each.</summary>
    public const int MaxRetries = 30_000;

    // Kept in a static field: native SQLite holds only a pointer to it, the garbage collector must not take it.
    private static readonly BusyCallback Callback = OnBusy;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int BusyCallback(IntPtr userData, int retries);

    /// <summary>
    /// Installs the handler on <paramref name="connection"/> (open). Call after any <c>PRAGMA busy_timeout</c>, which
    /// installs SQLite's own handler in place of this one.
    /// </summary>
    public static void Install(SqliteConnection connection)
    {
        var result = sqlite3_busy_handler(connection.Handle!.DangerousGetHandle(), Callback, IntPtr.Zero);
        if (result != 0)
            throw new InvalidOperationException($"SQLite refused the busy handler (result code {result}).");
    }

    /// <summary>Whether the busy answer after <paramref name="retries"/> retries (0 for the first) is tried again.</summary>
    public static bool ShouldRetry(int retries) => retries < MaxRetries;

    private static int OnBusy(IntPtr userData, int retries)
    {
        if (!ShouldRetry(retries))
            return 0;
        Thread.Sleep(1);
        return 1;
    }

    // SQLitePCLRaw (under Microsoft.Data.Sqlite) does not wrap sqlite3_busy_handler; this is the same native library
    // its provider binds by the same name, so the connection pointer belongs to it.
    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_busy_handler(IntPtr db, BusyCallback callback, IntPtr userData);
}
