namespace Lodestar.Domain.Audit;

/// <summary>Who acted and from where, as the caller's host (a web request, a circuit) knows it.</summary>
public sealed record AuditActor(string Type, string? Id, string Name, string? IpAddress, string? UserAgent)
{
    public const string User = "user";
    public const string ApiKey = "api-key";
    public const string System = "system";
}
