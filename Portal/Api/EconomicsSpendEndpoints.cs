using System.Text.Json;
using Lodestar.Portal.Client.Features.Economics;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/economics/spend</c>: marketing spend as JSON rows or a CSV file, listed, corrected and deleted.</summary>
internal static class EconomicsSpendEndpoints
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static void Map(RouteGroupBuilder economics)
    {
        economics.MapPost("/spend", AddAsync)
            .WithSummary("Adds spend rows: JSON { rows: [{ date, channel, campaign, cost, currency }] } (or the bare array), or a CSV with those columns "
                         + "(multipart field 'file' or a text/csv body). All rows or none: 400 problem details name rows[i].field (JSON: i from 0; CSV: the line, header = 1).")
            .Accepts<SpendBatchDto>("application/json", "multipart/form-data", "text/csv")
            .ProducesValidationProblem();
        economics.MapGet("/spend", async (string? from, string? to, string? channel, int? offset, int? limit, IEconomicsApi e, CancellationToken ct) =>
                TypedResults.Ok(await e.ListSpendAsync(from, to, channel, offset ?? 0, limit ?? 100, ct)))
            .WithSummary("Spend rows, newest day first: from/to (YYYY-MM-DD), channel (any case), offset, limit (≤ 1000); costByCurrency sums every matching row per currency.")
            .ProducesValidationProblem();
        economics.MapPut("/spend/{id:long}", async (long id, SpendInputDto row, IEconomicsApi e, CancellationToken ct) => TypedResults.Ok(await e.UpdateSpendAsync(id, row, ct)))
            .WithSummary("Corrects a spend row; 400 problem details name each wrong field.")
            .ProducesValidationProblem();
        economics.MapDelete("/spend/{id:long}", async (long id, IEconomicsApi e, CancellationToken ct) =>
            {
                await e.DeleteSpendAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes a spend row.");
    }

    private static async Task<IResult> AddAsync(HttpRequest request, IEconomicsApi economics, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType || request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true)
        {
            return await EconomicsEndpoints.UploadedCsvAsync(request, cancellationToken) is ({ } name, { } csv)
                ? Results.Ok(await economics.ImportSpendAsync(name, csv, cancellationToken))
                : EconomicsEndpoints.FileProblem();
        }

        SpendBatchDto? batch;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            batch = body.RootElement.ValueKind == JsonValueKind.Array
                ? new SpendBatchDto(body.RootElement.Deserialize<List<SpendInputDto>>(Web))
                : body.RootElement.Deserialize<SpendBatchDto>(Web);
        }
        catch (JsonException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [ex.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "rows"] =
                    [$"The body is not spend rows as JSON ({ex.Message}): send {{ \"rows\": [{{ \"date\": \"2026-03-01\", \"channel\": \"Paid Search\", \"cost\": 1250.50, \"currency\": \"USD\" }}] }}."],
            });
        }

        return Results.Ok(await economics.AddSpendAsync(batch ?? new SpendBatchDto(null), cancellationToken));
    }
}
