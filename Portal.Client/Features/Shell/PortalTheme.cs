using MudBlazor;

namespace Lodestar.Portal.Client.Features.Shell;

/// <summary>The portal's colours and type. System fonts only: the portal must work without the internet.</summary>
public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3b4f8a",
            Secondary = "#f2a93b",
            AppbarBackground = "#1e2a4a",
            Background = "#f5f6fa",
            DrawerBackground = "#ffffff",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "232px" },
    };
}
