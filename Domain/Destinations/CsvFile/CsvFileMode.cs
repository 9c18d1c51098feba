namespace Lodestar.Domain.Destinations.CsvFile;

public enum CsvFileMode
{
    /// <summary>Each batch is a file of the changes: adds and removes, with an action column.</summary>
    Diff,

    /// <summary>Each sync writes the whole audience, in parts (one per batch); removals need no file.</summary>
    Snapshot,
}
