using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// Picks one CRM record by typing part of its name; the subclasses say which list to search. A failed search offers
/// nothing rather than breaking the form.
/// </summary>
public abstract partial class RecordPicker<TOption>
{
    protected const int PageSize = 20;

    [Parameter]
    public TOption? Value { get; set; }

    [Parameter]
    public EventCallback<TOption?> ValueChanged { get; set; }

    [Parameter]
    public string Label { get; set; } = "";

    [Parameter]
    public string? ErrorText { get; set; }

    [Parameter]
    public string? Style { get; set; }

    [Parameter(CaptureUnmatchedValues = true)]
    public Dictionary<string, object>? Attributes { get; set; }

    /// <summary>What to say when nothing matches, and where such records are made.</summary>
    protected abstract string NoMatchText { get; }

    protected abstract string NameOf(TOption option);

    /// <param name="text">The trimmed text typed; null for none.</param>
    protected abstract Task<IEnumerable<TOption>> FindAsync(string? text, CancellationToken cancellationToken);

    private async Task<IEnumerable<TOption>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        try
        {
            return await FindAsync(string.IsNullOrWhiteSpace(text) ? null : text.Trim(), cancellationToken);
        }
        catch (ApiException)
        {
            return [];
        }
    }
}
