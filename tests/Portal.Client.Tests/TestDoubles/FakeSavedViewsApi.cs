using System.Text.Json;
using Lodestar.Portal.Client.Features.Crm.Views;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>In-memory saved views (the signed-in user's and others' shared ones); records saves and deletes, and can refuse a save.</summary>
public sealed class FakeSavedViewsApi : ISavedViewsApi
{
    private readonly Lock _lock = new();
    private readonly List<SavedViewInput> _created = [];
    private readonly List<long> _deleted = [];

    public List<SavedViewDto> Views { get; } = [];

    /// <summary>Thrown by create when set, as a refused save would be.</summary>
    public ApiException? SaveError { get; set; }

    public IReadOnlyList<SavedViewInput> Created { get { lock (_lock) return [.. _created]; } }

    public IReadOnlyList<long> Deleted { get { lock (_lock) return [.. _deleted]; } }

    /// <summary>A view of <paramref name="kind"/> with the query given as JSON; not <paramref name="mine"/>: shared by Sam.</summary>
    public static SavedViewDto View(long id, string kind, string name, string query, bool mine = true, bool shared = false) =>
        new(id, kind, name, shared || !mine, mine, mine ? "Mia Sales" : "Sam Admin", JsonDocument.Parse(query).RootElement.Clone(), StoppedClock.Now);

    public Task<IReadOnlyList<SavedViewDto>> ListAsync(string kind, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<SavedViewDto>>([.. Views.Where(v => v.Kind == kind)]);
    }

    public Task<SavedViewDto> CreateAsync(SavedViewInput input, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _created.Add(input);
            if (SaveError is not null)
                return Task.FromException<SavedViewDto>(SaveError);
            var view = new SavedViewDto(Views.Select(v => v.Id).DefaultIfEmpty(0).Max() + 1, input.Kind!, input.Name!, input.Shared, true, "Mia Sales",
                input.Query!.Value, StoppedClock.Now);
            Views.Add(view);
            return Task.FromResult(view);
        }
    }

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _deleted.Add(id);
            Views.RemoveAll(v => v.Id == id);
        }

        return Task.CompletedTask;
    }
}
