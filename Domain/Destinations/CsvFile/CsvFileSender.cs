using System.Globalization;
using Lodestar.Domain.Destinations.Files;
using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations.CsvFile;

/// <summary>
/// Writes audiences as CSV files to a folder under the file root. Diff: one file per batch with the adds and
/// removes. Snapshot: every sync plans the whole audience as adds, written as that run's parts; removes need no file.
/// File names are fixed by segment, run and batch, so a resumed run replaces a batch's file rather than adding one.
/// </summary>
public sealed class CsvFileSender(DestinationFolderResolver folders) : IAudienceSender
{
    public DestinationTypeInfo Info { get; } = new(DestinationType.CsvFile, "CSV file",
        "Writes each sync as CSV files to a folder on the server: the changes (diff) or the whole audience (snapshot).",
        Audiences: true, Events: false, SupportsDeletion: false,
        [
            new(CsvFileSettings.Folder, "Folder", Required: true,
                Help: "Relative to the server's destination file root (Destinations:FileRoot); created when missing."),
            new(CsvFileSettings.Mode, "Mode", Required: true, DefaultValue: "diff", Choices: CsvFileSettings.Modes,
                Help: "diff: a file per batch with action add/remove. snapshot: every sync writes the whole audience as parts."),
        ]);

    public IReadOnlyDictionary<string, string> Validate(DestinationTarget target) => CsvFileSettings.Validate(target, folders);

    public Task<ConnectionTestResult> TestAsync(DestinationTarget target, CancellationToken cancellationToken) =>
        Task.FromResult(folders.TestWritable(target.Setting(CsvFileSettings.Folder)));

    public bool SendsFullAudience(DestinationTarget target) => CsvFileSettings.ModeOf(target) == CsvFileMode.Snapshot;

    public async Task<BatchOutcome> SendAsync(DestinationTarget target, AudienceBatch batch, CancellationToken cancellationToken)
    {
        if (Validate(target) is { Count: > 0 } problems)
            return BatchOutcome.Failure(string.Join(" ", problems.Values));
        var folder = folders.Resolve(target.Setting(CsvFileSettings.Folder));
        var snapshot = SendsFullAudience(target);
        IReadOnlyList<AudienceRecord> records = snapshot ? batch.Records.Where(r => r.Action == LedgerAction.Add).ToList() : batch.Records;
        if (records.Count == 0)
            return BatchOutcome.Success;
        var path = Path.Combine(folder, FileName(batch, snapshot));
        try
        {
            await AtomicFile.WriteAsync(path, AudienceCsv.Write(records, withAction: !snapshot), cancellationToken);
            return BatchOutcome.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return BatchOutcome.Failure($"Could not write {path}: {ex.Message}");
        }
    }

    public static string FileName(AudienceBatch batch, bool snapshot) => snapshot
        ? string.Create(CultureInfo.InvariantCulture, $"segment-{batch.SegmentId}-snapshot-run-{batch.RunId:D6}-part-{batch.Number:D5}.csv")
        : string.Create(CultureInfo.InvariantCulture, $"segment-{batch.SegmentId}-run-{batch.RunId:D6}-batch-{batch.Number:D5}.csv");
}
