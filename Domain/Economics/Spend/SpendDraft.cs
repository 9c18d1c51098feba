namespace Lodestar.Domain.Economics.Spend;

/// <summary>A spend row as written (JSON or a CSV line): every field text until it is checked.</summary>
/// <param name="Cost">In major units as written, e.g. 1250.50.</param>
public sealed record SpendDraft(string? Date, string? Channel, string? Campaign, string? Cost, string? Currency);
