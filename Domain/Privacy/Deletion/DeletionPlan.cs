using System.Text.Json;
using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>
/// What processing a request has found so far, kept with the request while it runs so that a second run (after a crash)
/// still knows the whole person although their rows are partly gone: every identifier, profile and contact, the values
/// that must not remain in anything kept, the one anonymous id anonymised events get, and what each destination is to be asked.
/// </summary>
public sealed record DeletionPlan(
    IReadOnlyList<IdentifierKey> Identifiers,
    IReadOnlyList<long> ProfileIds,
    IReadOnlyList<long> ContactIds,
    IReadOnlyList<string> PersonalValues,
    string AnonymousId,
    IReadOnlyList<PlannedDestinationDeletion> Destinations)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    public static DeletionPlan? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<DeletionPlan>(json, JsonSerializerOptions.Web);
}
