import { graphql } from '../generated';

// One document per mutation, each answering with the fields the actions show, so the
// cache (and every view of the work order) is current as soon as it succeeds.

export const AssignWorkOrderDocument = graphql(`
  mutation AssignWorkOrder($input: AssignWorkOrderInput!, $locale: Locale!) {
    assignWorkOrder(input: $input) {
      workOrder {
        ...ActionableWorkOrder
      }
    }
  }
`);

export const StartWorkOrderDocument = graphql(`
  mutation StartWorkOrder($input: StartWorkOrderInput!, $locale: Locale!) {
    startWorkOrder(input: $input) {
      workOrder {
        ...ActionableWorkOrder
      }
    }
  }
`);

export const HoldWorkOrderDocument = graphql(`
  mutation HoldWorkOrder($input: HoldWorkOrderInput!, $locale: Locale!) {
    holdWorkOrder(input: $input) {
      workOrder {
        ...ActionableWorkOrder
      }
    }
  }
`);

export const ResumeWorkOrderDocument = graphql(`
  mutation ResumeWorkOrder($input: ResumeWorkOrderInput!, $locale: Locale!) {
    resumeWorkOrder(input: $input) {
      workOrder {
        ...ActionableWorkOrder
      }
    }
  }
`);

export const CompleteWorkOrderDocument = graphql(`
  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!, $locale: Locale!) {
    completeWorkOrder(input: $input) {
      workOrder {
        ...ActionableWorkOrder
      }
    }
  }
`);

export const CloseWorkOrderDocument = graphql(`
  mutation CloseWorkOrder($input: CloseWorkOrderInput!, $locale: Locale!) {
    closeWorkOrder(input: $input) {
      workOrder {
        ...ActionableWorkOrder
      }
    }
  }
`);

export const CancelWorkOrderDocument = graphql(`
  mutation CancelWorkOrder($input: CancelWorkOrderInput!, $locale: Locale!) {
    cancelWorkOrder(input: $input) {
      workOrder {
        ...ActionableWorkOrder
      }
    }
  }
`);

export const ReopenWorkOrderDocument = graphql(`
  mutation ReopenWorkOrder($input: ReopenWorkOrderInput!, $locale: Locale!) {
    reopenWorkOrder(input: $input) {
      workOrder {
        ...ActionableWorkOrder
      }
    }
  }
`);

export const ChangeWorkOrderPriorityDocument = graphql(`
  mutation ChangeWorkOrderPriority($input: ChangeWorkOrderPriorityInput!, $locale: Locale!) {
    changeWorkOrderPriority(input: $input) {
      workOrder {
        ...ActionableWorkOrder
      }
    }
  }
`);

export const AddWorkOrderNoteDocument = graphql(`
  mutation AddWorkOrderNote($input: AddWorkOrderNoteInput!, $locale: Locale!) {
    addWorkOrderNote(input: $input) {
      workOrder {
        ...ActionableWorkOrder
      }
    }
  }
`);

export const MarkDuplicateDocument = graphql(`
  mutation MarkDuplicate($input: MarkDuplicateInput!, $locale: Locale!) {
    markDuplicate(input: $input) {
      original {
        id
        number
      }
      serviceRequest {
        id
        version
        workOrders {
          ...ActionableWorkOrder
        }
      }
    }
  }
`);
