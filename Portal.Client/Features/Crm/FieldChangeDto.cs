namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>One field of a record changed by a person (or an import): from what, to what, by whom, when.</summary>
public sealed record FieldChangeDto(string Field, string? OldValue, string? NewValue, string ChangedBy, DateTime ChangedAt);
