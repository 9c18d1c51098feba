using System.Net.Http.Headers;
using System.Text;
using Lodestar.Portal.Client.Features.Segments.Rules;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Segments;

internal sealed class HttpSegmentsApi(HttpClient http) : ISegmentsApi
{
    public async Task<IReadOnlyList<SegmentListItemDto>> ListAsync(CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<SegmentListItemDto>>(http, "api/segments", cancellationToken);

    public Task<SegmentDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<SegmentDto>(http, $"api/segments/{id}", cancellationToken);

    public Task<SegmentDto> CreateAsync(SegmentInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SegmentDto>(http, HttpMethod.Post, "api/segments", input, cancellationToken);

    public Task<SegmentDto> UpdateAsync(long id, SegmentInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SegmentDto>(http, HttpMethod.Put, $"api/segments/{id}", input, cancellationToken);

    public Task<SegmentDto> DuplicateAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SegmentDto>(http, HttpMethod.Post, $"api/segments/{id}/duplicate", null, cancellationToken);

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"api/segments/{id}", null, cancellationToken);

    public async Task<SegmentPreviewDto> PreviewAsync(RuleGroupDto rule, CancellationToken cancellationToken = default)
    {
        // The rule's own JSON (kind at the top, nulls left out) is the shape the Domain reads, whatever the server binds it to.
        using var content = new StringContent(RuleJson.Serialize(rule), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("api/segments/preview", content, cancellationToken);
        return await HttpApi.ReadJsonAsync<SegmentPreviewDto>(response, cancellationToken);
    }

    public async Task<SegmentMembersDto> MembersAsync(long id, string? search, int offset, int limit, CancellationToken cancellationToken = default)
    {
        // The same address answers CSV to Accept: text/csv, so JSON is asked for by name.
        using var request = new HttpRequestMessage(HttpMethod.Get,
            ISegmentsApi.MembersCsvUrl(id) + "?" + QueryStrings.Of(("q", search), ("offset", offset), ("limit", limit)));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request, cancellationToken);
        return await HttpApi.ReadJsonAsync<SegmentMembersDto>(response, cancellationToken);
    }

    public async Task<IReadOnlyList<SegmentVersionDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<SegmentVersionDto>>(http, $"api/segments/{id}/history", cancellationToken);

    public async Task<IReadOnlyList<SegmentRefreshDto>> RefreshesAsync(long id, CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<SegmentRefreshDto>>(http, $"api/segments/{id}/refreshes", cancellationToken);

    public Task RefreshAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Post, $"api/segments/{id}/refresh", null, cancellationToken);

    public Task<SegmentSchemaDto> SchemaAsync(CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<SegmentSchemaDto>(http, "api/segments/schema", cancellationToken);

    public async Task<IReadOnlyList<FieldInfoDto>> EventPropertiesAsync(string eventName, CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<FieldInfoDto>>(http, "api/segments/schema/properties?" + QueryStrings.Of(("event", eventName)), cancellationToken);

    public async Task<StaticSegmentReportDto> CreateStaticAsync(string name, string? description, Stream csv, string fileName,
        CancellationToken cancellationToken = default)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(name, Encoding.UTF8), "name");
        if (!string.IsNullOrWhiteSpace(description))
            form.Add(new StringContent(description, Encoding.UTF8), "description");
        var file = new StreamContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        using var response = await http.PostAsync("api/segments/static", form, cancellationToken);
        return await HttpApi.ReadJsonAsync<StaticSegmentReportDto>(response, cancellationToken);
    }
}
