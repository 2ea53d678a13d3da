// The podsim tool: a thin shell over PodSim.Cli.PodSimCli, which tests run in-process.
using PodSim.Cli;

return PodSimCli.Run(args, Console.Out, Console.Error, Console.In);
