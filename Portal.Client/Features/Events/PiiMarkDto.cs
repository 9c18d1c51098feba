namespace Lodestar.Portal.Client.Features.Events;

/// <summary>What ingestion did to a field of a stored message by a PII rule: <c>drop</c> or <c>hash</c> at a path.</summary>
public sealed record PiiMarkDto(string Path, string Action)
{
    /// <summary>"ssn dropped", "email hashed": the field's own name and what happened to it.</summary>
    public string Label => $"{Path[(Path.LastIndexOf('.') + 1)..]} {(Action == "drop" ? "dropped" : "hashed")}";
}
