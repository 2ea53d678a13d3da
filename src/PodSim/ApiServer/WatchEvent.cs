using PodSim.Model;

namespace PodSim.ApiServer;

/// <summary>One change of one object, as a watch delivers it.</summary>
/// <param name="Type">What happened.</param>
/// <param name="ResourceVersion">The store's resource version of the change; changes are delivered in this order.</param>
/// <param name="Object">The object after the change; for <see cref="WatchEventType.Deleted"/> its last state.</param>
/// <param name="OldObject">The object before the change; null for <see cref="WatchEventType.Added"/>.</param>
/// <param name="Offset">The virtual time of the change, from the simulation's start.</param>
public sealed record WatchEvent(WatchEventType Type, long ResourceVersion, KubeObject Object, KubeObject? OldObject, TimeSpan Offset);
