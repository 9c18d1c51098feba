using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Features.Economics.Dashboard;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/economics</c>: Admin, Executive and Marketer read what customers are worth and record what acquiring them cost.</summary>
public static class EconomicsEndpoints
{
    public static RouteGroupBuilder MapEconomicsEndpoints(this RouteGroupBuilder api)
    {
        var economics = api.MapGroup("/economics").RequireAuthorization(PortalPolicies.ViewEconomics).WithTags("Economics");
        economics.MapPost("/clv/fit", async (ClvFitRequestDto request, IClvApi clv, CancellationToken ct) => TypedResults.Ok(await clv.FitAsync(request, ct)))
            .WithSummary("Fits the BG/NBD (r, alpha, a, b) and Gamma-Gamma (p, q, gamma) models on the Order Completed events of resolved profiles "
                         + "on or before calibrationEnd (YYYY-MM-DD, inclusive), times in timeUnit (day, week or month); when purchases follow, checks the BG/NBD "
                         + "against those from the next day to holdoutEnd (inclusive; default: the last purchase): predicted vs actual per calibration frequency.")
            .ProducesValidationProblem();
        economics.MapGet("/clv/model", async (IClvApi clv, CancellationToken ct) => TypedResults.Ok(await clv.ModelAsync(ct)))
            .WithSummary("The predicted-CLV model the last economics run used: calibration end, time unit, customers, BG/NBD and Gamma-Gamma parameters "
                         + "and log-likelihoods; computedAt null before the first run, problem when the run could not fit.");
        economics.MapGet("/summary", async (string? from, string? to, IEconomicsApi e, CancellationToken ct) => TypedResults.Ok(await e.SummaryAsync(from, to, ct)))
            .WithSummary("KPIs of the months from..to (default: the 12 months up to the last economics run) and of the as many months before: revenue, "
                         + "active customers, new customers, spend, CAC, LTV, LTV:CAC, payback months. Served from the economics job's stored results.")
            .ProducesValidationProblem();
        economics.MapGet("/cac", async (string? from, string? to, string? groupBy, IEconomicsApi e, CancellationToken ct) => TypedResults.Ok(await e.CacAsync(from, to, groupBy, ct)))
            .WithSummary("CAC = spend ÷ new customers, LTV, LTV:CAC and payback per acquisition channel (groupBy=channel) or month of first purchase (groupBy=month).")
            .ProducesValidationProblem();
        economics.MapGet("/dashboard", async (string? from, string? to, string? channel, IEconomicsDashboardApi d, CancellationToken ct) => TypedResults.Ok(await d.GetAsync(from, to, channel, ct)))
            .WithSummary("The executive dashboard of the months from..to (default: the 12 months up to the last economics run), optionally for one acquisition channel: "
                         + "KPIs and the period before, LTV:CAC by channel, CAC and LTV by month, cohort retention, the predicted-CLV histogram and P(alive) by orders.")
            .ProducesValidationProblem();
        EconomicsSpendEndpoints.Map(economics);
        economics.MapPost("/revenue/import", async (HttpRequest request, IEconomicsApi e, CancellationToken ct) =>
                await UploadedCsvAsync(request, ct) is ({ } name, { } csv) ? Results.Ok(await e.ImportRevenueAsync(name, csv, ct)) : FileProblem())
            .WithSummary("Imports historical transactions (CSV, multipart field 'file' or a text/csv body): order_id, date, amount and optional type (order/refund), "
                         + "currency, user_id, email. All rows or none: 400 problem details name rows[line].field.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem();
        economics.MapGet("/settings", async (IEconomicsApi e, CancellationToken ct) => TypedResults.Ok(await e.GetSettingsAsync(ct)))
            .WithSummary("The workspace currency, rate table, attribution model and channel mapping.");
        economics.MapPut("/settings", async (EconomicsSettingsDto settings, IEconomicsApi e, CancellationToken ct) => TypedResults.Ok(await e.SaveSettingsAsync(settings, ct)))
            .RequireAuthorization(PortalPolicies.Admin)
            .WithSummary("Saves the economics settings (Admin); fields left out keep their value. The next economics run uses them.")
            .ProducesValidationProblem();
        return api;
    }

    /// <summary>A CSV sent as multipart field <c>file</c> or as a <c>text/csv</c> body; (null, null) when neither.</summary>
    internal static async Task<(string? Name, string? Csv)> UploadedCsvAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { } file || file.Length > IEconomicsApi.MaxFileBytes)
                return (null, null);
            using var reader = new StreamReader(file.OpenReadStream());
            return (file.FileName, await reader.ReadToEndAsync(cancellationToken));
        }

        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true && request.ContentLength is null or <= IEconomicsApi.MaxFileBytes)
        {
            using var reader = new StreamReader(request.Body);
            return ("upload.csv", await reader.ReadToEndAsync(cancellationToken));
        }

        return (null, null);
    }

    internal static IResult FileProblem() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["file"] = [$"Send the CSV as multipart/form-data in a field named 'file', or as a text/csv body (up to {IEconomicsApi.MaxFileBytes / (1024 * 1024)} MB)."],
    });
}
