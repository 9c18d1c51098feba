namespace Lodestar.Domain.Audit;

/// <summary>What an action was done to: a type (<c>segment</c>, <c>user</c>, <c>settings</c>), its id and a readable name.</summary>
public sealed record AuditTarget(string Type, string? Id, string? Display)
{
    public static AuditTarget Of(string type, long id, string? display) =>
        new(type, id.ToString(System.Globalization.CultureInfo.InvariantCulture), display);
}
