using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>
/// Funnels whose answers the test decides: a query answers <see cref="Answer"/> (a three-step funnel by default), the
/// people of a step are <see cref="PeopleTotal"/> generated names, and saving them makes segment 77. Every query, people
/// request and save is recorded as sent.
/// </summary>
public sealed class FakeFunnelsApi : IFunnelsApi
{
    private readonly Lock _lock = new();
    private readonly List<FunnelQueryDto> _queries = [];
    private readonly List<FunnelPeopleRequestDto> _peopleRequests = [];
    private readonly List<FunnelSegmentRequestDto> _segmentRequests = [];

    public Func<FunnelQueryDto, CancellationToken, Task<FunnelResultDto>> Answer { get; set; } = (_, _) => Task.FromResult(Result());

    public int PeopleTotal { get; set; } = 60;

    public ApiException? SaveError { get; set; }

    public IReadOnlyList<FunnelQueryDto> Queries { get { lock (_lock) return [.. _queries]; } }

    public IReadOnlyList<FunnelPeopleRequestDto> PeopleRequests { get { lock (_lock) return [.. _peopleRequests]; } }

    public IReadOnlyList<FunnelSegmentRequestDto> SegmentRequests { get { lock (_lock) return [.. _segmentRequests]; } }

    /// <summary>Landing 1,000 → Signed Up 400 → Order Completed 100, with times, histograms and a value.</summary>
    public static FunnelResultDto Result(params FunnelBreakdownGroupDto[] breakdown) => new()
    {
        Steps = Steps(1_000, 400, 100),
        Breakdown = [.. breakdown],
        Value = new FunnelValueResultDto("properties.revenue", 90, 4_500.5, 50.0056),
        ComputedAt = new DateTime(2026, 5, 4, 11, 58, 30, DateTimeKind.Utc),
        EventsRead = 123_456,
    };

    /// <summary>Three steps with these counts; conversions, drop-offs and times follow from them.</summary>
    public static List<FunnelStepResultDto> Steps(long first, long second, long third) =>
    [
        Step(1, "Landing", first, first, first),
        Step(2, "Signed Up", second, first, first, median: 90, p90: 5_400),
        Step(3, "Order Completed", third, second, first, median: 129_600, p90: 604_800),
    ];

    public Task<FunnelResultDto> QueryAsync(FunnelQueryDto query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            _queries.Add(query);
        return Answer(query, cancellationToken);
    }

    public Task<FunnelPeopleDto> PeopleAsync(FunnelPeopleRequestDto request, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            _peopleRequests.Add(request);
        var people = Enumerable.Range(request.Offset, Math.Max(0, Math.Min(request.Limit, PeopleTotal - request.Offset)))
            .Select(i => new FunnelPersonDto(1_000 + i, $"Person {i + 1}", new DateTime(2026, 4, 20, 9, 0, 0, DateTimeKind.Utc),
                request.Outcome == FunnelOutcome.Converted ? new DateTime(2026, 4, 21, 9, 0, 0, DateTimeKind.Utc) : null))
            .ToList();
        return Task.FromResult(new FunnelPeopleDto(PeopleTotal, people));
    }

    public Task<SegmentDto> SaveAsSegmentAsync(FunnelSegmentRequestDto request, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _segmentRequests.Add(request);
            if (SaveError is not null)
                throw SaveError;
        }

        return Task.FromResult(FakeSegmentsApi.Segment(77, request.Name, kind: "static", status: "new", size: null));
    }

    private static FunnelStepResultDto Step(int step, string name, long count, long previous, long first, double? median = null, double? p90 = null) => new()
    {
        Step = step,
        Name = name,
        Count = count,
        ConversionFromFirst = (double)count / first,
        ConversionFromPrevious = (double)count / previous,
        DroppedOff = previous - count,
        MedianSecondsFromPrevious = median,
        P90SecondsFromPrevious = p90,
        TimeToConvert = step == 1 ? [] : [new FunnelHistogramBinDto(0, 60, count / 2), new FunnelHistogramBinDto(60, 3_600, count - count / 2)],
    };
}
