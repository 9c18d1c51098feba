using System.Globalization;
using Lodestar.Portal.Client.Features.Audit;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/audit</c>: the audit log of user actions, for admins only.</summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").RequireAuthorization(PortalPolicies.Admin).WithTags("Audit");
        audit.MapGet("/", ListAsync)
            .WithSummary("Audit entries, newest first: q (text), action (one, or a family like segment.*), user (id, email or key name), from/to (YYYY-MM-DD, inclusive, UTC), skip, take (1–200) → { items, total }.")
            .ProducesValidationProblem();
        audit.MapGet("/actions", async (IAuditApi a, CancellationToken ct) => TypedResults.Ok(await a.ActionsAsync(ct)))
            .WithSummary("The actions the log holds.");
        return api;
    }

    private static async Task<IResult> ListAsync(string? q, string? action, string? user, string? from, string? to, int? skip, int? take,
        IAuditApi audit, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var first = Day(from, "from", errors);
        var last = Day(to, "to", errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await audit.ListAsync(new AuditFilter(q, action, user, first, last, skip ?? 0, take ?? 50), cancellationToken));
    }

    private static DateOnly? Day(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), AuditFilter.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        errors[name] = [$"'{text}' is not a date: use YYYY-MM-DD, like 2026-03-01."];
        return null;
    }
}
