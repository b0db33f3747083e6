// The small study both runners are tested on: two congestion controls x two
// seeds of 3 s. One text, so "the same study" on Slurm and locally is the same.
export const TINY_STUDY = `name: tiny
repetitions: 2
scenario:
  name: tiny
  duration: 3s
  hosts:
    - {name: sender, kernel: "6.1", ip: 10.0.0.1/24}
    - {name: receiver, kernel: "6.1", ip: 10.0.0.2/24}
  links:
    - {name: wan, between: [sender, receiver], rate: 10Mbit, delay: 20ms, queue: 33p, loss: 0.002}
  flows:
    - {id: flow, from: sender, to: receiver}
axes:
  flows.flow.cc: [reno, cubic]
`;
