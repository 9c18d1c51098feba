using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>Edits a <see cref="PipelineDraft"/> in place; read-only for roles that cannot edit the CRM.</summary>
public sealed partial class PipelineEditor
{
    private bool _canEdit;

    [Parameter, EditorRequired]
    public PipelineDraft Draft { get; set; } = default!;

    [Parameter]
    public FieldErrors Errors { get; set; } = FieldErrors.None;

    [Parameter]
    public bool Saving { get; set; }

    [Parameter]
    public EventCallback Save { get; set; }

    [Parameter]
    public EventCallback Delete { get; set; }

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    /// <summary>New stages go after the open ones, before won and lost.</summary>
    private int OpenCount => Draft.Stages.FindLastIndex(s => s.Outcome == "open") + 1;

    protected override async Task OnParametersSetAsync()
    {
        _canEdit = await CrmPermissions.CanEditAsync(Authorization, Authentication);
    }
}
