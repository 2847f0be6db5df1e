import { DockerfileParser, type Instruction } from 'dockerfile-ast';

/** One `FROM … AS name` stage of a Dockerfile and the instructions under it. */
export interface DockerStage {
  name: string | null;
  image: string;
  instructions: Instruction[];
}

/** The stages of a Dockerfile, in order, parsed by the Docker language service's parser. */
export function dockerfileStages(content: string): DockerStage[] {
  const stages: DockerStage[] = [];
  for (const instruction of DockerfileParser.parse(content).getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const [image = '', , name = null] = instruction.getArguments().map((a) => a.getValue());
      stages.push({ name, image, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

/** An instruction's arguments as written, continuation lines joined. */
export function argumentsOf(instruction: Instruction): string[] {
  return instruction.getArguments().map((a) => a.getValue());
}
