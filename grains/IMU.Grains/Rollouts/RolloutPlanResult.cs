namespace IMU.Grains.Rollouts;

/// <summary>A rollout plan, or every reason <c>rollout create</c> refuses it (each naming its culprit).</summary>
internal sealed record RolloutPlanResult(RolloutPlan? Plan, IReadOnlyList<string> Errors);
