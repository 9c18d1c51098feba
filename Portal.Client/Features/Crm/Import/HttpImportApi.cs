using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Crm.Import;

internal sealed class HttpImportApi(HttpClient http) : IImportApi
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public async Task<ImportReportDto> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(request.Csv, Encoding.UTF8, "text/csv"), "file", request.FileName);
        if (request.Mapping is not null)
            form.Add(new StringContent(JsonSerializer.Serialize(request.Mapping, Web), Encoding.UTF8, "application/json"), "mapping");
        using var response = await http.PostAsync($"api/crm/import/{request.Kind}?preview={(request.Preview ? "true" : "false")}", form, cancellationToken);
        // Rejected rows come back as 422 problem details that carry the whole report.
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return problem.GetProperty("report").Deserialize<ImportReportDto>(Web)!;
        }

        return await HttpApi.ReadJsonAsync<ImportReportDto>(response, cancellationToken);
    }
}
