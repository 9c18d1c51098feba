using Lodestar.Portal.Client.Features.Crm.Import;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>Records import requests and answers with <see cref="Answer"/>, built from the request.</summary>
public sealed class FakeImportApi : IImportApi
{
    private readonly Lock _lock = new();
    private readonly List<ImportRequest> _requests = [];

    public Func<ImportRequest, ImportReportDto> Answer { get; set; } = request => Report(request, []);

    public IReadOnlyList<ImportRequest> Requests { get { lock (_lock) return [.. _requests]; } }

    public static ImportReportDto Report(ImportRequest request, IReadOnlyList<ImportRejectionDto> rejected) =>
        new(request.Kind, ["Given", "Family", "email"],
            request.Mapping?.Where(m => m.Value.Length > 0).ToDictionary() ?? new Dictionary<string, string> { ["email"] = "email" },
            2, request.Preview || rejected.Count > 0 ? 0 : 2, request.Preview,
            [new Dictionary<string, string?> { ["email"] = "jane@example.com" }], rejected);

    public Task<ImportReportDto> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            _requests.Add(request);
        return Task.FromResult(Answer(request));
    }
}
