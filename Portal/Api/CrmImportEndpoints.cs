using System.Text.Json;
using Lodestar.Portal.Client.Features.Crm.Import;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary><c>POST /api/crm/import/{kind}</c>: a CSV file (multipart field <c>file</c>) into contacts, accounts or deals, all rows or none.</summary>
public static class CrmImportEndpoints
{
    public static void MapImport(RouteGroupBuilder crm)
    {
        crm.MapPost("/import/{kind}", ImportAsync)
            .RequireAuthorization(PortalPolicies.EditCrm)
            .WithSummary("Imports contacts, accounts or deals from CSV (multipart: file, optional mapping as a JSON object field → column; ?preview=true checks only). 200 with the report; 422 with the report when rows are rejected (nothing imported); 400 for an unreadable file or mapping.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem();
    }

    private static async Task<IResult> ImportAsync(string kind, bool? preview, HttpRequest request, IImportApi api, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
            return Problem("Send the file as multipart/form-data in a field named 'file'.");
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("file") is not { } file)
            return Problem("Send the file as multipart/form-data in a field named 'file'.");
        if (file.Length > IImportApi.MaxFileBytes)
            return Problem($"The file is larger than {IImportApi.MaxFileBytes / (1024 * 1024)} MB: split it into several files.");
        Dictionary<string, string>? mapping = null;
        if (form["mapping"].FirstOrDefault() is { Length: > 0 } json)
        {
            try
            {
                mapping = JsonSerializer.Deserialize<Dictionary<string, string>>(json);
            }
            catch (JsonException)
            {
                return Problem("The mapping is not a JSON object of field → column names, e.g. {\"firstName\":\"Given name\"}.");
            }
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var report = await api.ImportAsync(new ImportRequest(kind, file.FileName, await reader.ReadToEndAsync(cancellationToken), mapping, preview == true), cancellationToken);
        if (report.Rejected.Count == 0)
            return TypedResults.Ok(report);
        var errors = report.Rejected.GroupBy(r => $"rows[{r.Row}].{r.Field}").ToDictionary(g => g.Key, g => g.Select(r => r.Message).ToArray());
        return TypedResults.Problem(
            detail: $"{report.Rejected.Select(r => r.Row).Distinct().Count()} of {report.Rows} rows cannot be imported, so nothing was imported: fix them and import the file again.",
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "Rows rejected",
            extensions: new Dictionary<string, object?> { ["errors"] = errors, ["report"] = report });
    }

    private static IResult Problem(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] });
}
