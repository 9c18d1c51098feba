using Lodestar.Portal.Client.Features.Overview;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Jobs;

internal sealed class HttpJobsApi(HttpClient http) : IJobsApi
{
    public async Task<string> RunAsync(string name, CancellationToken cancellationToken = default) =>
        (await HttpApi.SendAsync<JobRunDto>(http, HttpMethod.Post, $"api/jobs/{Uri.EscapeDataString(name)}/run", null, cancellationToken)).JobId;

    public Task<JobProgressDto> GetAsync(string jobId, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<JobProgressDto>(http, $"api/jobs/{Uri.EscapeDataString(jobId)}", cancellationToken);
}
