import { builder } from '../builder';
import { completionPhotosByWorkOrderIds, photosByServiceRequestIds } from '../db/photo.repository';
import { type PhotoRecord, photoKinds } from '../db/photo.table';
import { photoUrl, thumbnailUrl } from '../photos/photo-urls';
import { ServiceRequestRef, WorkOrderRef } from './refs';

export const PhotoKindEnum = builder.enumType('PhotoKind', {
  values: photoKinds,
  description: "REPORTER: the resident's own; COMPLETION: the field worker's of the finished work.",
});

export const PhotoRef = builder.objectRef<PhotoRecord>('Photo').implement({
  description:
    'A photo of a request, served by the gateway at `url` to whoever may read the request ' +
    '(send the same credentials as to /graphql). Stored without its metadata (no GPS position).',
  authScopes: { permission: 'requests.read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    url: t.string({
      description: 'Path of the image on this origin, e.g. /photos/<id>.',
      resolve: (photo) => photoUrl(photo.id),
    }),
    thumbnailUrl: t.string({
      description: 'Path of a WebP thumbnail that fits in 320 × 320 px.',
      resolve: (photo) => thumbnailUrl(photo.id),
    }),
    width: t.exposeInt('width', { description: 'In pixels, upright.' }),
    height: t.exposeInt('height', { description: 'In pixels, upright.' }),
    kind: t.expose('kind', { type: PhotoKindEnum }),
    takenAt: t.expose('createdAt', {
      type: 'DateTime',
      // The camera's own clock travels in the metadata that is stripped for privacy,
      // and has no time zone: the platform's clock on arrival is the one kept.
      description: 'When the platform received it.',
    }),
  }),
});

builder.objectFields(ServiceRequestRef, (t) => ({
  photos: t.loadableGroup({
    type: PhotoRef,
    authScopes: { permission: 'requests.read' },
    description:
      "The reporter's photos and the completion photos of its work orders, oldest first: " +
      'part of the public status of the request.',
    load: (requestIds: string[], { db }) => photosByServiceRequestIds(db, requestIds),
    group: (photo) => (photo as PhotoRecord).serviceRequestId!,
    resolve: (request) => request.id,
  }),
}));

builder.objectFields(WorkOrderRef, (t) => ({
  completionPhoto: t.loadable({
    type: PhotoRef,
    nullable: true,
    authScopes: { permission: 'work-orders.read' },
    description: 'The photo the field worker took on completing it (the newest); null without one.',
    load: async (workOrderIds: string[], { db }) => {
      const photos = await completionPhotosByWorkOrderIds(db, workOrderIds);
      return workOrderIds.map((id) => photos.get(id) ?? null);
    },
    resolve: (workOrder) => workOrder.id,
  }),
}));
