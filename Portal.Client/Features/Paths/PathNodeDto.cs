namespace Lodestar.Portal.Client.Features.Paths;

/// <param name="Id">Its index in <see cref="PathResultDto.Nodes"/>, which links refer to.</param>
/// <param name="Depth">Steps from the chosen event (0): 1, 2, … after it; −1, −2, … before it.</param>
/// <param name="People">People whose path passes here.</param>
/// <param name="IsOther">The events of this step outside its top N.</param>
public sealed record PathNodeDto(int Id, string Label, int Depth, long People, bool IsOther);
