using System.Globalization;
using System.Text;
using Lodestar.Domain.Audit;
using Lodestar.Domain.Segments;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Features.Segments.Rules;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Features.Audit;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/segments</c>: Admin, Marketer and ProductManager build, save and read audiences.</summary>
public static class SegmentEndpoints
{
    private const long MaxUploadBytes = 20 * 1024 * 1024;

    public static void MapSegmentEndpoints(this RouteGroupBuilder api)
    {
        var segments = api.MapGroup("/segments").RequireAuthorization(PortalPolicies.ViewSegments).WithTags("Segments");
        segments.MapGet("/", async (ISegmentsApi s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .WithSummary("Every segment with its size, last computation, status and the sizes of its recent refreshes.");
        segments.MapPost("/", async (SegmentInput input, ISegmentsApi s, CancellationToken ct) =>
            {
                var created = await s.CreateAsync(input, ct);
                return TypedResults.Created($"/api/segments/{created.Id}", created);
            })
            .WithSummary("Saves a dynamic segment (name, description, rule, refreshMinutes) and queues its first computation. Invalid rules: 400 with errors keyed by the condition's path (rule.children[1].test).")
            .ProducesValidationProblem();
        segments.MapPost("/preview", async (RuleGroupDto rule, ISegmentsApi s, CancellationToken ct) => TypedResults.Ok(await s.PreviewAsync(rule, ct)))
            .WithSummary("The size of a rule now and a sample of members: { count, sample }.")
            .ProducesValidationProblem();
        segments.MapGet("/schema", async (ISegmentsApi s, CancellationToken ct) => TypedResults.Ok(await s.SchemaAsync(ct)))
            .WithSummary("What rules can use: trait names with types, event names, deal stages, CRM owners, other segments.");
        segments.MapGet("/schema/properties", async (string @event, ISegmentsApi s, CancellationToken ct) => TypedResults.Ok(await s.EventPropertiesAsync(@event, ct)))
            .WithSummary("The property paths seen on recent events of a name, with their types.");
        segments.MapPost("/static", CreateStaticAsync)
            .WithSummary("A static segment from a CSV of identifiers (multipart: name, description, file whose headers are identifier types).")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem();
        segments.MapGet("/{id:long}", async (long id, ISegmentsApi s, CancellationToken ct) => TypedResults.Ok(await s.GetAsync(id, ct)))
            .ProducesProblem(StatusCodes.Status404NotFound);
        segments.MapPut("/{id:long}", async (long id, SegmentInput input, ISegmentsApi s, CancellationToken ct) => TypedResults.Ok(await s.UpdateAsync(id, input, ct)))
            .WithSummary("Saves a new version of the segment (name, description, rule, refreshMinutes); a change queues a computation.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        segments.MapDelete("/{id:long}", async (long id, ISegmentsApi s, CancellationToken ct) =>
            {
                await s.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes the segment with its members and history; refused while other segments' rules use it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        segments.MapPost("/{id:long}/duplicate", async (long id, ISegmentsApi s, CancellationToken ct) =>
            {
                var copy = await s.DuplicateAsync(id, ct);
                return TypedResults.Created($"/api/segments/{copy.Id}", copy);
            })
            .ProducesProblem(StatusCodes.Status404NotFound);
        segments.MapPost("/{id:long}/refresh", async (long id, ISegmentsApi s, CancellationToken ct) =>
            {
                await s.RefreshAsync(id, ct);
                return TypedResults.Accepted($"/api/segments/{id}/refreshes");
            })
            .WithSummary("Queues a segment-refresh of this segment now.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        segments.MapGet("/{id:long}/members", MembersAsync)
            .WithSummary("Current members (JSON page: q, offset, limit), or all of them as CSV with Accept: text/csv.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        segments.MapGet("/{id:long}/history", async (long id, ISegmentsApi s, CancellationToken ct) => TypedResults.Ok(await s.HistoryAsync(id, ct)))
            .WithSummary("Every saved version: who changed what, when; newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        segments.MapGet("/{id:long}/refreshes", async (long id, ISegmentsApi s, CancellationToken ct) => TypedResults.Ok(await s.RefreshesAsync(id, ct)))
            .WithSummary("The recent computations: size, entered, exited, status; newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> MembersAsync(long id, string? q, int? offset, int? limit, HttpContext context, ISegmentsApi api,
        SegmentQueryService queries, AuditRecorder audit, CancellationToken cancellationToken)
    {
        if (!context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)))
            return TypedResults.Ok(await api.MembersAsync(id, q, offset ?? 0, limit ?? 50, cancellationToken));
        var segment = await api.GetAsync(id, cancellationToken);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"segment-{id}-members.csv\"";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false));
        await writer.WriteLineAsync("profile_id,name,entered_at");
        var rows = 0;
        await foreach (var member in queries.AllMembersAsync(id, cancellationToken))
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{member.ProfileId},{Csv(member.DisplayName)},{member.EnteredAt:O}"));
            rows++;
        }

        await audit.RecordAsync(AuditActions.SegmentMembersExported, AuditTarget.Of("segment", id, segment.Name), $"CSV, {rows} members");
        return TypedResults.Empty;
    }

    private static async Task<IResult> CreateStaticAsync(HttpRequest request, ISegmentsApi api, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || (await request.ReadFormAsync(cancellationToken)) is not { } form || form.Files.GetFile("file") is not { } file)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send the CSV as multipart/form-data in a field named 'file'."] });
        if (file.Length > MaxUploadBytes)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [$"The file is larger than {MaxUploadBytes / (1024 * 1024)} MB."] });
        await using var stream = file.OpenReadStream();
        var report = await api.CreateStaticAsync(form["name"].FirstOrDefault() ?? "", form["description"].FirstOrDefault(), stream, file.FileName, cancellationToken);
        return TypedResults.Created($"/api/segments/{report.Segment.Id}", report);
    }

    private static string Csv(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
