using System.Security.Claims;
using Lodestar.Domain.Audit;
using Lodestar.Portal.Auth;

namespace Lodestar.Portal.Features.Audit;

/// <summary>
/// Records an audit entry for whoever is acting in this request or circuit (a signed-in user or an API key), from
/// where they connect; the hooks only say what was done to what.
/// </summary>
internal sealed class AuditRecorder(AuditService audit, CurrentUser currentUser, ClientOrigin origin)
{
    private const string ApiKeyPrefix = "api-key:";

    public async Task RecordAsync(string action, AuditTarget? target = null, string? detail = null)
    {
        var user = await currentUser.GetAsync();
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.Email) ?? id ?? "unknown";
        var type = id?.StartsWith(ApiKeyPrefix, StringComparison.Ordinal) == true ? AuditActor.ApiKey : AuditActor.User;
        await RecordAsync(type, id, name, action, target, detail);
    }

    /// <summary>For a person who is not (yet) the request's user: the one signing in.</summary>
    public Task RecordForUserAsync(string? userId, string email, string action, string? detail = null) =>
        RecordAsync(AuditActor.User, userId, email, action, null, detail);

    private Task RecordAsync(string type, string? id, string name, string action, AuditTarget? target, string? detail)
    {
        var (ip, userAgent) = origin.Get();
        return audit.RecordAsync(new AuditActor(type, id, name, ip, userAgent), action, target, detail, CancellationToken.None);
    }
}
